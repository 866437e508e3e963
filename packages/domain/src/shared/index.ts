export {
  DomainError,
  type ErrorDetail,
  type ErrorKind,
  Forbidden,
  isDomainError,
  Unauthenticated,
  ValidationFailed,
} from './errors.js';
export {
  BoardId,
  type Brand,
  CommentId,
  CourseId,
  DepartmentId,
  FriendRequestId,
  PostId,
  ReviewId,
  SchoolId,
  SessionId,
  TimetableId,
  UserId,
} from './ids.js';
export { type Clock, CLOCK, ID_GENERATOR, type IdGenerator, UNIT_OF_WORK, type UnitOfWork } from './ports.js';
export {
  checkPageRequest,
  type Keyset,
  MAX_KEYSET_VALUE,
  MAX_PAGE_LIMIT,
  type Page,
  pageFrom,
  type PageRequest,
} from './pagination.js';
export { token, type Token } from './token.js';
export type { Resolve } from './resolve.js';
export { type Mail, MAILER, type Mailer } from './mailer.port.js';
