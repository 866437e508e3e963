import {
  TimetableId,
  TimetableNotFound,
  type Actor,
  type FriendshipRepository,
  type TimetableRepository,
} from '@campus/domain';
import type { TimetableDto, TimetableViews } from './timetables.dto.js';

export interface GetTimetableInput {
  actor: Actor;
  timetableId: string;
}

export class GetTimetable {
  constructor(
    private readonly timetables: TimetableRepository,
    private readonly friendships: FriendshipRepository,
    private readonly views: TimetableViews,
  ) {}

  /** Visible to its owner; to others if public, or friends-only and they are friends now. @throws TimetableNotFound */
  async execute({ actor, timetableId }: GetTimetableInput): Promise<TimetableDto> {
    const timetable = await this.timetables.findById(TimetableId(timetableId));
    if (!timetable) throw new TimetableNotFound();
    const friends =
      timetable.ownerId !== actor.id && (await this.friendships.areFriends(actor.id, timetable.ownerId));
    timetable.assertVisibleTo(actor.id, friends);
    return this.views.one(timetable);
  }
}
