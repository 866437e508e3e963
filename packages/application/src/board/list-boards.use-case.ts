import { SchoolId, assertBoardMember, type Actor, type BoardRepository } from '@campus/domain';
import { toBoardDto, type BoardDto } from './board.dto.js';

export interface ListBoardsInput {
  actor: Actor;
  schoolId: string;
}

export class ListBoards {
  constructor(private readonly boards: BoardRepository) {}

  /** @throws NotSchoolMember */
  async execute({ actor, schoolId }: ListBoardsInput): Promise<BoardDto[]> {
    assertBoardMember(actor, SchoolId(schoolId));
    const boards = await this.boards.listBySchool(SchoolId(schoolId));
    return boards.map(toBoardDto);
  }
}
