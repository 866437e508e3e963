import {
  TimetableId,
  TimetableNotFound,
  type Actor,
  type TimetableRepository,
  type UnitOfWork,
  type Visibility,
} from '@campus/domain';
import type { TimetableDto, TimetableViews } from './timetables.dto.js';

export interface UpdateTimetableInput {
  actor: Actor;
  timetableId: string;
  name?: string | undefined;
  visibility?: Visibility | undefined;
  /** Only `true`: making one primary unmarks the others of the semester. */
  isPrimary?: true | undefined;
}

export class UpdateTimetable {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly timetables: TimetableRepository,
    private readonly views: TimetableViews,
  ) {}

  /** @throws TimetableNotFound (also for non-owners), ValidationFailed, TimetableNameTaken */
  async execute({
    actor,
    timetableId,
    name,
    visibility,
    isPrimary,
  }: UpdateTimetableInput): Promise<TimetableDto> {
    const updated = await this.uow.run(async () => {
      await this.timetables.lockOwner(actor.id);
      const timetable = await this.timetables.findById(TimetableId(timetableId));
      if (!timetable) throw new TimetableNotFound();
      timetable.assertOwner(actor.id);
      if (name !== undefined) timetable.rename(name);
      if (visibility !== undefined) timetable.changeVisibility(visibility);
      await this.timetables.update(timetable);
      if (isPrimary) await this.timetables.makePrimary(timetable.id);
      return this.timetables.findById(timetable.id);
    });
    if (!updated) throw new TimetableNotFound();
    return this.views.one(updated);
  }
}
