import {
  PrimaryPolicy,
  Semester,
  Timetable,
  TimetableId,
  TimetableName,
  type Actor,
  type Clock,
  type IdGenerator,
  type TimetableRepository,
  type UnitOfWork,
  type Visibility,
} from '@campus/domain';
import type { TimetableDto, TimetableViews } from './timetables.dto.js';

export interface CreateTimetableInput {
  actor: Actor;
  semester: string;
  name?: string | undefined;
  visibility?: Visibility | undefined;
}

export class CreateTimetable {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly timetables: TimetableRepository,
    private readonly views: TimetableViews,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  /**
   * The owner's first timetable of a semester is primary; the default name is the first free
   * 시간표N. The owner lock makes concurrent creates take turns, so exactly one is first.
   * @throws ValidationFailed, TimetableNameTaken
   */
  async execute({ actor, semester, name, visibility }: CreateTimetableInput): Promise<TimetableDto> {
    const term = Semester.parse(semester);
    return this.uow.run(async () => {
      await this.timetables.lockOwner(actor.id);
      const existing = await this.timetables.listByOwner(actor.id, term);
      const created = Timetable.create(
        {
          id: TimetableId(this.ids.next()),
          ownerId: actor.id,
          semester: term,
          name: name ?? TimetableName.firstFree(existing.map((t) => t.name)),
          visibility: visibility ?? 'private',
          isPrimary: PrimaryPolicy.isFirst(existing),
        },
        this.clock.now(),
      );
      await this.timetables.add(created);
      // Built before the commit: once it is done, nothing more is read for the answer.
      return this.views.one(created);
    });
  }
}
