import {
  SchoolId,
  assertBoardMember,
  type Actor,
  type BoardRepository,
  type SchoolRepository,
} from '@campus/domain';
import { assertSchoolScope } from '../identity/school-scope.js';
import { toBoardDto, type BoardDto } from './board.dto.js';

export interface ListBoardsInput {
  actor: Actor;
  schoolId: string;
}

export class ListBoards {
  constructor(
    private readonly boards: BoardRepository,
    private readonly schools: SchoolRepository,
  ) {}

  /** @throws SchoolNotFound, NotSchoolMember */
  async execute({ actor, schoolId }: ListBoardsInput): Promise<BoardDto[]> {
    await assertSchoolScope(actor, SchoolId(schoolId), this.schools, assertBoardMember);
    const boards = await this.boards.listBySchool(SchoolId(schoolId));
    return boards.map(toBoardDto);
  }
}
