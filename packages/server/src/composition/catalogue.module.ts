import {
  AcceptFriendRequest,
  AddTimetableCourse,
  CreateCourse,
  CreateReview,
  CreateTimetable,
  DeleteFriendRequest,
  DeleteReview,
  DeleteTimetable,
  GetCourse,
  GetTimetable,
  GetUserPrimaryTimetable,
  ListFriendRequests,
  ListFriends,
  ListMyTimetables,
  ListReviews,
  RemoveFriend,
  RemoveTimetableCourse,
  SearchCourses,
  SendFriendRequest,
  TimetableViews,
  UpdateReview,
  UpdateTimetable,
} from '@campus/application';
import {
  CLOCK,
  COURSE_REPOSITORY as COURSES,
  FRIEND_REQUEST_REPOSITORY as REQUESTS,
  FRIENDSHIP_REPOSITORY as FRIENDSHIPS,
  ID_GENERATOR as IDS,
  REVIEW_REPOSITORY as REVIEWS,
  SCHOOL_REPOSITORY as SCHOOLS,
  TIMETABLE_REPOSITORY as TIMETABLES,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import { bindClass } from './bind.js';

/** Use cases of friends, the course catalogue with reviews, and timetables. */
export const catalogueModule = new ContainerModule((options) => {
  bindClass(options, SendFriendRequest, [UOW, USERS, REQUESTS, FRIENDSHIPS, IDS, CLOCK]);
  bindClass(options, ListFriendRequests, [REQUESTS, USERS]);
  bindClass(options, AcceptFriendRequest, [UOW, REQUESTS, FRIENDSHIPS, USERS, CLOCK]);
  bindClass(options, DeleteFriendRequest, [REQUESTS]);
  bindClass(options, ListFriends, [FRIENDSHIPS, USERS]);
  bindClass(options, RemoveFriend, [FRIENDSHIPS]);

  bindClass(options, CreateCourse, [SCHOOLS, COURSES, IDS, CLOCK]);
  bindClass(options, SearchCourses, [COURSES, SCHOOLS]);
  bindClass(options, GetCourse, [COURSES]);
  bindClass(options, CreateReview, [COURSES, REVIEWS, IDS, CLOCK]);
  bindClass(options, ListReviews, [COURSES, REVIEWS]);
  bindClass(options, UpdateReview, [REVIEWS, CLOCK]);
  bindClass(options, DeleteReview, [REVIEWS]);

  bindClass(options, TimetableViews, [USERS, COURSES]);
  bindClass(options, CreateTimetable, [UOW, TIMETABLES, TimetableViews, IDS, CLOCK]);
  bindClass(options, ListMyTimetables, [TIMETABLES, TimetableViews]);
  bindClass(options, GetTimetable, [TIMETABLES, FRIENDSHIPS, TimetableViews]);
  bindClass(options, UpdateTimetable, [UOW, TIMETABLES, TimetableViews]);
  bindClass(options, DeleteTimetable, [UOW, TIMETABLES]);
  bindClass(options, AddTimetableCourse, [UOW, TIMETABLES, COURSES, TimetableViews, CLOCK]);
  bindClass(options, RemoveTimetableCourse, [UOW, TIMETABLES, TimetableViews]);
  bindClass(options, GetUserPrimaryTimetable, [USERS, TIMETABLES, FRIENDSHIPS, TimetableViews]);
});
