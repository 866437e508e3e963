import type { BoardUseCases } from '@campus/application';
import { z } from 'zod';
import { pageRequest, presentPage } from '../http/pagination.js';
import { EXAMPLE_BOARD, EXAMPLE_BOARDS, EXAMPLE_SUMMARY_PAGE } from '../openapi/examples.js';
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
const summaries = pageOf(summarySchema, 'PostSummaryPage');

/** Boards of a school, and every list of posts: a board page, search, HOT, BEST and "my" lists. */
export function boardRoutes(uc: BoardUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/schools/:schoolId/boards',
      tag: 'Boards',
      summary: 'Boards of a school',
      description: 'The boards of a school, to its members (admins: any school).',
      auth: true,
      params: schoolParams,
      status: 200,
      response: z.array(boardSchema),
      errors: SCHOOL_MEMBER,
      examples: { response: EXAMPLE_BOARDS },
      handle: async ({ actor, params }) =>
        (await uc.listBoards.execute({ actor, ...params })).map(presentBoard),
    }),
    defineRoute({
      method: 'post',
      path: '/schools/:schoolId/boards',
      tag: 'Boards',
      summary: 'Add a board (admin)',
      description: 'Admins only. Board names are unique within a school.',
      auth: true,
      params: schoolParams,
      body: createBoardBody,
      status: 201,
      response: boardSchema,
      errors: ['VALIDATION_FAILED', 'FORBIDDEN', 'SCHOOL_NOT_FOUND', 'BOARD_EXISTS'],
      examples: {
        request: { name: EXAMPLE_BOARD.name, description: EXAMPLE_BOARD.description },
        response: EXAMPLE_BOARD,
      },
      handle: async ({ actor, params, body }) =>
        presentBoard(await uc.createBoard.execute({ actor, ...params, ...body })),
    }),
    defineRoute({
      method: 'get',
      path: '/boards/:boardId/posts',
      tag: 'Posts',
      summary: 'A page of a board, newest first; `q` searches it',
      description:
        'Newest first, to members of the board’s school. `q` (2–50 characters) matches titles and contents, case-insensitively; `isQuestion` keeps questions only (or non-questions). Anonymous posts show `author.id: null` and `익명`.',
      auth: true,
      params: boardParams,
      query: boardPostsQuery,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', 'BOARD_NOT_FOUND', ...MEMBER],
      examples: { response: EXAMPLE_SUMMARY_PAGE },
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
      description:
        'Searches titles and contents of every board of the school, case-insensitively, newest first.',
      auth: true,
      params: schoolParams,
      query: schoolSearchQuery,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', ...SCHOOL_MEMBER],
      examples: { response: EXAMPLE_SUMMARY_PAGE },
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
      description:
        'A post is HOT from the moment its likes reach the HOT threshold; the list is ordered by that moment, newest first.',
      auth: true,
      params: schoolParams,
      query: pageOnly,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', ...SCHOOL_MEMBER],
      examples: { response: EXAMPLE_SUMMARY_PAGE },
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
      description:
        'The posts of a half-year season (by creation time) whose likes reached the BEST threshold, most liked first. `season` is `YYYY-1` (January to June) or `YYYY-2` (July to December); default: the current one.',
      auth: true,
      params: schoolParams,
      query: bestQuery,
      status: 200,
      response: summaries,
      errors: ['VALIDATION_FAILED', ...SCHOOL_MEMBER],
      examples: { response: EXAMPLE_SUMMARY_PAGE },
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
        ['/me/posts', 'My posts', 'Posts I wrote, anonymous ones included, newest first.', uc.listMyPosts],
        [
          '/me/commented',
          'Posts I commented on',
          'Posts with a live comment of mine, most recently commented first.',
          uc.listMyCommented,
        ],
        [
          '/me/scraps',
          'Posts I scrapped',
          'Posts I scrapped, most recently scrapped first.',
          uc.listMyScraps,
        ],
      ] as const
    ).map(([path, summary, description, useCase]) =>
      defineRoute({
        method: 'get',
        path,
        tag: 'Posts',
        summary,
        description,
        auth: true,
        query: pageOnly,
        status: 200,
        response: summaries,
        errors: ['VALIDATION_FAILED'],
        examples: { response: EXAMPLE_SUMMARY_PAGE },
        handle: async ({ actor, query }) =>
          presentPage(await useCase.execute({ actor, page: pageRequest(query) }), presentSummary),
      }),
    ),
  ];
}
