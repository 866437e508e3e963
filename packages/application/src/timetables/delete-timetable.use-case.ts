import {
  PrimaryPolicy,
  TimetableId,
  TimetableNotFound,
  type Actor,
  type TimetableRepository,
  type UnitOfWork,
} from '@campus/domain';

export interface DeleteTimetableInput {
  actor: Actor;
  timetableId: string;
}

export class DeleteTimetable {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly timetables: TimetableRepository,
  ) {}

  /** Deleting the primary passes the mark to the oldest remaining one. @throws TimetableNotFound */
  async execute({ actor, timetableId }: DeleteTimetableInput): Promise<void> {
    await this.uow.run(async () => {
      await this.timetables.lockOwner(actor.id);
      const timetable = await this.timetables.findById(TimetableId(timetableId));
      if (!timetable) throw new TimetableNotFound();
      timetable.assertOwner(actor.id);
      await this.timetables.remove(timetable.id);
      if (!timetable.isPrimary) return;
      const remaining = await this.timetables.listByOwner(actor.id, timetable.semester);
      const successor = PrimaryPolicy.successor(remaining.map((t) => t.snapshot()));
      if (successor) await this.timetables.makePrimary(successor.id);
    });
  }
}
