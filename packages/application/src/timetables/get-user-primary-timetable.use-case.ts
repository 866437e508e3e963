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
  semester: string;
}

export class GetUserPrimaryTimetable {
  constructor(
    private readonly users: UserRepository,
    private readonly timetables: TimetableRepository,
    private readonly friendships: FriendshipRepository,
    private readonly views: TimetableViews,
  ) {}

  /** That user's primary timetable of the semester, when visible to me. @throws UserNotFound, TimetableNotFound */
  async execute({ actor, username, semester }: GetUserPrimaryTimetableInput): Promise<TimetableDto> {
    const owner = Username.isWellFormed(username) ? await this.users.findByUsername(username) : null;
    if (!owner) throw new UserNotFound();
    const timetable = await this.timetables.findPrimary(owner.id, Semester.parse(semester));
    if (!timetable) throw new TimetableNotFound();
    const friends = owner.id !== actor.id && (await this.friendships.areFriends(actor.id, owner.id));
    timetable.assertVisibleTo(actor.id, friends);
    return this.views.one(timetable);
  }
}
