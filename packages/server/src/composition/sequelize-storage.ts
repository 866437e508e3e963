import { SequelizeAdapters } from '@campus/adapters';
import {
  COURSE_REPOSITORY,
  FRIEND_REQUEST_REPOSITORY,
  FRIENDSHIP_REPOSITORY,
  REVIEW_REPOSITORY,
  TIMETABLE_REPOSITORY,
  ANONYMOUS_ALIAS_REPOSITORY,
  BOARD_REPOSITORY,
  COMMENT_LIKE_REPOSITORY,
  COMMENT_REPORT_REPOSITORY,
  COMMENT_REPOSITORY,
  POST_LIKE_REPOSITORY,
  POST_QUERIES,
  POST_REPORT_REPOSITORY,
  POST_REPOSITORY,
  POST_SCRAP_REPOSITORY,
  DEPARTMENT_REPOSITORY,
  SCHOOL_REPOSITORY,
  SESSION_REPOSITORY,
  UNIT_OF_WORK,
  USER_REPOSITORY,
} from '@campus/domain';
import { ContainerModule } from 'inversify';
import type { CacheLayer } from './cache-layer.js';
import type { OpenedStorage } from './tokens.js';

/** SQLite or MySQL through Sequelize; the schema is migrated before anything is bound. */
export async function openSequelizeStorage(url: string, cached: CacheLayer): Promise<OpenedStorage> {
  const adapters = await SequelizeAdapters.open(url);
  const module = new ContainerModule(({ bind }) => {
    bind(UNIT_OF_WORK).toConstantValue(adapters.unitOfWork);
    bind(USER_REPOSITORY).toConstantValue(cached.users(adapters.users));
    bind(SCHOOL_REPOSITORY).toConstantValue(adapters.schools);
    bind(DEPARTMENT_REPOSITORY).toConstantValue(adapters.departments);
    bind(SESSION_REPOSITORY).toConstantValue(cached.sessions(adapters.sessions));
    bind(BOARD_REPOSITORY).toConstantValue(adapters.boards);
    bind(POST_REPOSITORY).toConstantValue(adapters.posts);
    const comments = cached.comments(adapters.comments, adapters.unitOfWork);
    bind(COMMENT_REPOSITORY).toConstantValue(comments);
    bind(ANONYMOUS_ALIAS_REPOSITORY).toConstantValue(adapters.aliases);
    bind(POST_LIKE_REPOSITORY).toConstantValue(adapters.postLikes);
    bind(COMMENT_LIKE_REPOSITORY).toConstantValue(
      cached.commentLikes(adapters.commentLikes, comments, adapters.unitOfWork),
    );
    bind(POST_SCRAP_REPOSITORY).toConstantValue(adapters.scraps);
    bind(POST_REPORT_REPOSITORY).toConstantValue(adapters.postReports);
    bind(COMMENT_REPORT_REPOSITORY).toConstantValue(adapters.commentReports);
    bind(POST_QUERIES).toConstantValue(cached.postQueries(adapters.postQueries));
    bind(FRIEND_REQUEST_REPOSITORY).toConstantValue(adapters.friendRequests);
    bind(FRIENDSHIP_REPOSITORY).toConstantValue(adapters.friendships);
    bind(COURSE_REPOSITORY).toConstantValue(cached.courses(adapters.courses));
    bind(REVIEW_REPOSITORY).toConstantValue(cached.reviews(adapters.reviews));
    bind(TIMETABLE_REPOSITORY).toConstantValue(adapters.timetables);
  });
  return {
    kind: url.startsWith('mysql:') ? 'mysql' : 'sqlite',
    module,
    ping: () => adapters.ping(),
    isUnavailable: (error) => adapters.isUnavailable(error),
    close: () => adapters.close(),
  };
}
