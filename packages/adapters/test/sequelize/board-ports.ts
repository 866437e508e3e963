import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import type { BoardPorts } from '../../src/testing/index.js';

/** The board ports of one set of Sequelize adapters, as the contract suites take them. */
export function portsOf(adapters: SequelizeAdapters): BoardPorts {
  return {
    boards: adapters.boards,
    posts: adapters.posts,
    comments: adapters.comments,
    aliases: adapters.aliases,
    postLikes: adapters.postLikes,
    commentLikes: adapters.commentLikes,
    scraps: adapters.scraps,
    postReports: adapters.postReports,
    commentReports: adapters.commentReports,
    queries: adapters.postQueries,
    schools: adapters.schools,
    users: adapters.users,
    uow: adapters.unitOfWork,
  };
}
