import { isoTime } from '@campus/adapters/system';
import type { CourseDto, FriendDto, FriendRequestDto, ReviewDto, TimetableDto } from '@campus/application';
import { presentUser } from './identity.presenter.js';

export function presentFriendRequest(request: FriendRequestDto) {
  return {
    id: request.id,
    from: presentUser(request.from),
    to: presentUser(request.to),
    createdAt: isoTime(request.createdAt),
  };
}

export function presentFriend(friend: FriendDto) {
  return { friend: presentUser(friend.friend), since: isoTime(friend.since) };
}

export function presentCourse(course: CourseDto) {
  return {
    id: course.id,
    schoolId: course.schoolId,
    semester: course.semester,
    code: course.code,
    name: course.name,
    professor: course.professor,
    credits: course.credits,
    times: course.times.map((t) => ({
      day: t.day,
      start: t.start,
      end: t.end,
      ...(t.room ? { room: t.room } : {}),
    })),
    averageRating: course.averageRating,
    reviewCount: course.reviewCount,
  };
}

/** Reviews never carry their author: only `isMine`. */
export function presentReview(review: ReviewDto) {
  return {
    id: review.id,
    rating: review.rating,
    content: review.content,
    isMine: review.isMine,
    createdAt: isoTime(review.createdAt),
  };
}

export function presentTimetable(timetable: TimetableDto) {
  return {
    id: timetable.id,
    semester: timetable.semester,
    name: timetable.name,
    visibility: timetable.visibility,
    isPrimary: timetable.isPrimary,
    courses: timetable.courses.map(presentCourse),
    totalCredits: timetable.totalCredits,
    createdAt: isoTime(timetable.createdAt),
    owner: presentUser(timetable.owner),
  };
}
