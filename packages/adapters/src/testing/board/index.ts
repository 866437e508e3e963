/// <reference types="mocha" />
import { anonymousAliasRepositoryContract } from './anonymous-alias-repository.contract.js';
import type { BoardPortsSetup } from './board-fixtures.js';
import { boardRepositoryContract } from './board-repository.contract.js';
import { commentRepositoryContract } from './comment-repository.contract.js';
import { commentLikeRepositoryContract, postLikeRepositoryContract } from './like-repositories.contract.js';
import { postQueriesDetailContract } from './post-queries-detail.contract.js';
import { postQueriesListsContract } from './post-queries-lists.contract.js';
import { postRepositoryContract } from './post-repository.contract.js';
import { postScrapRepositoryContract } from './post-scrap-repository.contract.js';
import {
  commentReportRepositoryContract,
  postReportRepositoryContract,
} from './report-repositories.contract.js';

export type { BoardPorts, BoardPortsSetup } from './board-fixtures.js';
export { BoardWorld } from './board-fixtures.js';
export { cachedBoardPorts } from './cached-board-ports.js';
export {
  anonymousAliasRepositoryContract,
  boardRepositoryContract,
  commentLikeRepositoryContract,
  commentReportRepositoryContract,
  commentRepositoryContract,
  postLikeRepositoryContract,
  postQueriesDetailContract,
  postQueriesListsContract,
  postReportRepositoryContract,
  postRepositoryContract,
  postScrapRepositoryContract,
};

/** Every board contract against one implementation. */
export function boardContracts(name: string, setup: BoardPortsSetup): void {
  boardRepositoryContract(name, setup);
  postRepositoryContract(name, setup);
  commentRepositoryContract(name, setup);
  anonymousAliasRepositoryContract(name, setup);
  postLikeRepositoryContract(name, setup);
  commentLikeRepositoryContract(name, setup);
  postScrapRepositoryContract(name, setup);
  postReportRepositoryContract(name, setup);
  commentReportRepositoryContract(name, setup);
  postQueriesDetailContract(name, setup);
  postQueriesListsContract(name, setup);
}
