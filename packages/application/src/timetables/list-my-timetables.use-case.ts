import { Semester, type Actor, type TimetableRepository } from '@campus/domain';
import type { TimetableDto, TimetableViews } from './timetables.dto.js';

export interface ListMyTimetablesInput {
  actor: Actor;
  semester?: string | undefined;
}

export class ListMyTimetables {
  constructor(
    private readonly timetables: TimetableRepository,
    private readonly views: TimetableViews,
  ) {}

  /** Oldest first, for one semester or all. @throws ValidationFailed */
  async execute({ actor, semester }: ListMyTimetablesInput): Promise<TimetableDto[]> {
    const term = semester === undefined ? undefined : Semester.parse(semester);
    return this.views.many(await this.timetables.listByOwner(actor.id, term));
  }
}
