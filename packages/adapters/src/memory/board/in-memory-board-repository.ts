import { Board, BoardExists, type BoardId, type BoardRepository, type SchoolId } from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';
import { atomic, boardTables, clone, type BoardTables } from './board-tables.js';

export class InMemoryBoardRepository implements BoardRepository {
  private readonly tables: BoardTables;

  constructor(db: MemoryDatabase) {
    this.tables = boardTables(db);
  }

  save(board: Board): Promise<void> {
    return atomic(() => {
      const row = clone(board.snapshot());
      for (const other of this.tables.boards().values()) {
        if (other.id !== row.id && other.schoolId === row.schoolId && other.name === row.name)
          throw new BoardExists();
      }
      this.tables.boards().set(row.id, row);
    });
  }

  findById(id: BoardId): Promise<Board | null> {
    return atomic(() => {
      const row = this.tables.boards().get(id);
      return row ? Board.rehydrate(clone(row)) : null;
    });
  }

  listBySchool(schoolId: SchoolId): Promise<Board[]> {
    return atomic(() =>
      [...this.tables.boards().values()]
        .filter((row) => row.schoolId === schoolId)
        .sort(
          (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        .map((row) => Board.rehydrate(clone(row))),
    );
  }
}
