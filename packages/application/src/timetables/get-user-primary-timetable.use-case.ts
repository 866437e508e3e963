import {
  Semester,
  TimetableNotFound,
  UserNotFound,
  Username,
  type Actor,
  type FriendshipRepository,
  type TimetableRepository,
  type UserRepository,
} from '@campus/domain';
import type { TimetableDto, TimetableViews } from './timetables.dto.js';

export interface GetUserPrimaryTimetableInput {
  actor: Actor;
  username: string;
  /** Default: the latest semester the user has a timetable of. */
  semester?: string | undefined;
}

export class GetUserPrimaryTimetable {
  constructor(
    private readonly users: UserRepository,
    private readonly timetables: TimetableRepository,
    private readonly friendships: FriendshipRepository,
    private readonly views: TimetableViews,
  ) {}

  /**
   * That user's primary timetable of the semester (default: their latest), when visible to me.
   * @throws UserNotFound, TimetableNotFound, ValidationFailed
   */
  async execute({ actor, username, semester }: GetUserPrimaryTimetableInput): Promise<TimetableDto> {
    const owner = Username.isWellFormed(username) ? await this.users.findByUsername(username) : null;
    if (!owner) throw new UserNotFound();
    const term = semester === undefined ? undefined : Semester.parse(semester);
    const timetable =
      term === undefined
        ? latest((await this.timetables.listByOwner(owner.id)).filter((t) => t.isPrimary))
        : await this.timetables.findPrimary(owner.id, term);
    if (!timetable) throw new TimetableNotFound();
    const friends = owner.id !== actor.id && (await this.friendships.areFriends(actor.id, owner.id));
    timetable.assertVisibleTo(actor.id, friends);
    return this.views.one(timetable);
  }
}

/** Within a year: the first semester, the summer session, the second, the winter session. */
const TERM_ORDER = ['1', 'summer', '2', 'winter'];
const rank = (semester: string) => {
  const [year = '', term = ''] = semester.split('-');
  return Number(year) * 10 + TERM_ORDER.indexOf(term);
};

/** The timetable of the latest semester among `primaries` (one per semester), or null. */
function latest<T extends { semester: string }>(primaries: readonly T[]): T | null {
  return primaries.reduce<T | null>(
    (best, t) => (best && rank(best.semester) >= rank(t.semester) ? best : t),
    null,
  );
}
