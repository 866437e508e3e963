import type { BoardUseCases } from '@campus/application';
import { z } from 'zod';
import { pageRequest, presentPage } from '../http/pagination.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { presentBoard, presentSummary } from '../presenters/board.presenter.js';
import {
  bestQuery,
  boardParams,
  boardPostsQuery,
  boardSchema,
  createBoardBody,
  pageOf,
  pageOnly,
  schoolParams,
  schoolSearchQuery,
  summarySchema,
} from './board.schemas.js';

const MEMBER = ['NOT_SCHOOL_MEMBER'];
/** Reads of a school named in the path: a school that does not exist is 404 before membership. */
const SCHOOL_MEMBER = ['SCHOOL_NOT_FOUND', 'NOT_SCHOOL_MEMBER'];
const summaries = pageOf(summarySchema);

/** Boards of a school, and every list of posts: a board page, search, HOT, BEST and "my" lists. */
export function boardRoutes(uc: BoardUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/boards',
      tag: 'Boards',
      summary: 'Boards of a school',
      auth: true,
      params: schoolParams,
      status: 200,
      response: z.array(boardSchema),
      errors: SCHOOL_MEMBER,
      handle: async ({ actor, params }) =>
        (await uc.listBoards.execute({ actor, ...params })).map(presentBoard),
    }),
    defineRoute({
      method: 'post',
      path: '/schools/:schoolId/boards',
      tag: 'Boards',
      summary: 'Add a board (admin)',
      auth: true,
      params: schoolParams,
      body: createBoardBody,
      status: 201,
      response: boardSchema,
      errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'SCHOOL_NOT_FOUND', 'BOARD_EXISTS'],
      handle: async ({ actor, params, body }) =>
        presentBoard(await uc.createBoard.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/boards/:boardId/posts',
      tag: 'Posts',
      summary: 'A page of a board, newest first; `q` searches it',
      auth: true,
      params: boardParams,
      query: boardPostsQuery,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', 'BOARD_NOT_FOUND', ...MEMBER],
      handle: async ({ actor, params, query }) =>
        presentPage(
          await uc.listBoardPosts.execute({
            actor,
            ...params,
            q: query.q,
            isQuestion: query.isQuestion,
            page: pageRequest(query),
          }),
          presentSummary,
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/posts',
      tag: 'Posts',
      summary: 'Search every board of a school',
      auth: true,
      params: schoolParams,
      query: schoolSearchQuery,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', ...SCHOOL_MEMBER],
      handle: async ({ actor, params, query }) =>
        presentPage(
          await uc.searchSchoolPosts.execute({ actor, ...params, q: query.q, page: pageRequest(query) }),
          presentSummary,
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/hot',
      tag: 'Posts',
      summary: 'HOT posts, most recently HOT first',
      auth: true,
      params: schoolParams,
      query: pageOnly,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', ...SCHOOL_MEMBER],
      handle: async ({ actor, params, query }) =>
        presentPage(
          await uc.listHotPosts.execute({ actor, ...params, page: pageRequest(query) }),
          presentSummary,
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/best',
      tag: 'Posts',
      summary: 'BEST posts of a season, most liked first',
      auth: true,
      params: schoolParams,
      query: bestQuery,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', ...SCHOOL_MEMBER],
      handle: async ({ actor, params, query }) =>
        presentPage(
          await uc.listBestPosts.execute({
            actor,
            ...params,
            season: query.season,
            page: pageRequest(query),
          }),
          presentSummary,
        ),
    }),
    ...(
      [
        ['/me/posts', 'My posts', uc.listMyPosts],
        ['/me/commented', 'Posts I commented on', uc.listMyCommented],
        ['/me/scraps', 'Posts I scrapped', uc.listMyScraps],
      ] as const
    ).map(([path, summary, useCase]) =>
      defineRoute({
        method: 'get',
        path,
        tag: 'Posts',
        summary,
        auth: true,
        query: pageOnly,
        status: 200,
        response: summaries,
        errors: ['VALIDATION_FAILED'],
        handle: async ({ actor, query }) =>
          presentPage(await useCase.execute({ actor, page: pageRequest(query) }), presentSummary),
      }),
    ),
  ];
}
