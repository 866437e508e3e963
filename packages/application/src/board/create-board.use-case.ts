import {
  Board,
  BoardId,
  Forbidden,
  SchoolId,
  SchoolNotFound,
  isAdmin,
  type Actor,
  type BoardRepository,
  type Clock,
  type IdGenerator,
  type SchoolRepository,
} from '@campus/domain';
import { toBoardDto, type BoardDto } from './board.dto.js';

export interface CreateBoardInput {
  actor: Actor;
  schoolId: string;
  name: string;
  description: string;
}

export class CreateBoard {
  constructor(
    private readonly boards: BoardRepository,
    private readonly schools: SchoolRepository,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /** @throws Forbidden (not an admin), SchoolNotFound, ValidationFailed, BoardExists */
  async execute({ actor, schoolId, name, description }: CreateBoardInput): Promise<BoardDto> {
    if (!isAdmin(actor)) throw new Forbidden();
    const school = await this.schools.findById(SchoolId(schoolId));
    if (!school) throw new SchoolNotFound();
    const board = Board.create(
      { id: BoardId(this.ids.next()), schoolId: school.id, name, description },
      this.clock.now(),
    );
    await this.boards.save(board);
    return toBoardDto(board);
  }
}
