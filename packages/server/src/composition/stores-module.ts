import type { BoardStores, CourseStores } from '@campus/adapters/cache';
import {
  ANONYMOUS_ALIAS_REPOSITORY,
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  COURSE_REPOSITORY,
  DEPARTMENT_REPOSITORY,
  FRIEND_REQUEST_REPOSITORY,
  FRIENDSHIP_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  REVIEW_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  TIMETABLE_REPOSITORY,
  UNIT_OF_WORK,
  USER_REPOSITORY,
  type AnonymousAliasRepository,
  type CommentReportRepository,
  type DepartmentRepository,
  type FriendRequestRepository,
  type FriendshipRepository,
  type SchoolRepository,
  type SessionRepository,
  type TimetableRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { CacheLayer } from './cache-layer.js';
import type { AfterCommit } from '@campus/adapters/cache';

/** Every store of one adapter set, as the adapters give them. */
export interface Stores extends BoardStores, CourseStores {
  unitOfWork: UnitOfWork & AfterCommit;
  users: UserRepository;
  schools: SchoolRepository;
  departments: DepartmentRepository;
  sessions: SessionRepository;
  aliases: AnonymousAliasRepository;
  commentReports: CommentReportRepository;
  friendRequests: FriendRequestRepository;
  friendships: FriendshipRepository;
  timetables: TimetableRepository;
}

/** Binds an adapter set's stores to the ports, with the cache layer around the hot ones. */
export function storesModule(raw: Stores, cached: CacheLayer): ContainerModule {
  const identity = cached.identity(raw, raw.unitOfWork);
  const board = cached.board(raw, raw.unitOfWork);
  const catalogue = cached.catalogue(raw, raw.unitOfWork);
  return new ContainerModule(({ bind }) => {
    bind(UNIT_OF_WORK).toConstantValue(raw.unitOfWork);
    bind(USER_REPOSITORY).toConstantValue(identity.users);
    bind(SCHOOL_REPOSITORY).toConstantValue(raw.schools);
    bind(DEPARTMENT_REPOSITORY).toConstantValue(raw.departments);
    bind(SESSION_REPOSITORY).toConstantValue(identity.sessions);
    bind(BOARD_REPOSITORY).toConstantValue(board.boards);
    bind(POST_REPOSITORY).toConstantValue(board.posts);
    bind(COMMENT_REPOSITORY).toConstantValue(board.comments);
    bind(ANONYMOUS_ALIAS_REPOSITORY).toConstantValue(raw.aliases);
    bind(POST_LIKE_REPOSITORY).toConstantValue(board.postLikes);
    bind(COMMENT_LIKE_REPOSITORY).toConstantValue(board.commentLikes);
    bind(POST_SCRAP_REPOSITORY).toConstantValue(board.scraps);
    bind(POST_REPORT_REPOSITORY).toConstantValue(board.postReports);
    bind(COMMENT_REPORT_REPOSITORY).toConstantValue(raw.commentReports);
    bind(POST_QUERIES).toConstantValue(board.postQueries);
    bind(FRIEND_REQUEST_REPOSITORY).toConstantValue(raw.friendRequests);
    bind(FRIENDSHIP_REPOSITORY).toConstantValue(raw.friendships);
    bind(COURSE_REPOSITORY).toConstantValue(catalogue.courses);
    bind(REVIEW_REPOSITORY).toConstantValue(catalogue.reviews);
    bind(TIMETABLE_REPOSITORY).toConstantValue(raw.timetables);
  });
}
