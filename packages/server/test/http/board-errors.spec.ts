import { expect } from 'chai';
import type { Response } from 'supertest';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

/** One board endpoint, with the ids it names as placeholders filled in per test. */
interface Endpoint {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Koa-style path as the route declares it, e.g. `/posts/:postId`. */
  path: string;
  body?: Record<string, unknown>;
  query?: string;
  /** The 404 an unknown id in the path gets. */
  notFound?: string;
}

const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/schools/:schoolId/boards' },
  { method: 'get', path: '/schools/:schoolId/posts', query: 'q=ab' },
  { method: 'get', path: '/schools/:schoolId/hot' },
  { method: 'get', path: '/schools/:schoolId/best' },
  { method: 'get', path: '/boards/:boardId/posts', notFound: 'BOARD_NOT_FOUND' },
  {
    method: 'post',
    path: '/boards/:boardId/posts',
    body: { title: 't', content: 'c' },
    notFound: 'BOARD_NOT_FOUND',
  },
  { method: 'get', path: '/posts/:postId', notFound: 'POST_NOT_FOUND' },
  { method: 'patch', path: '/posts/:postId', body: { title: 't' }, notFound: 'POST_NOT_FOUND' },
  { method: 'post', path: '/posts/:postId/like', notFound: 'POST_NOT_FOUND' },
  { method: 'post', path: '/posts/:postId/scrap', notFound: 'POST_NOT_FOUND' },
  { method: 'delete', path: '/posts/:postId/scrap', notFound: 'POST_NOT_FOUND' },
  { method: 'post', path: '/posts/:postId/reports', body: { reason: 'spam' }, notFound: 'POST_NOT_FOUND' },
  { method: 'get', path: '/posts/:postId/comments', notFound: 'POST_NOT_FOUND' },
  { method: 'post', path: '/posts/:postId/comments', body: { content: 'c' }, notFound: 'POST_NOT_FOUND' },
  { method: 'patch', path: '/comments/:commentId', body: { content: 'c' }, notFound: 'COMMENT_NOT_FOUND' },
  { method: 'post', path: '/comments/:commentId/like', notFound: 'COMMENT_NOT_FOUND' },
  {
    method: 'post',
    path: '/comments/:commentId/reports',
    body: { reason: 'spam' },
    notFound: 'COMMENT_NOT_FOUND',
  },
  // Deletions last: the shared fixture must survive the loops above.
  { method: 'delete', path: '/comments/:commentId', notFound: 'COMMENT_NOT_FOUND' },
  { method: 'delete', path: '/posts/:postId', notFound: 'POST_NOT_FOUND' },
];
const PAGED = ['/schools/:schoolId/posts', '/schools/:schoolId/hot', '/schools/:schoolId/best'];
const MINE = ['/me/posts', '/me/commented', '/me/scraps'];
/** Ids that name nothing, of every shape a client might send (NUL bytes aside: see the report). */
const UNKNOWN_IDS = [
  'nope',
  '01a20d24-0000-7000-8000-000000000000',
  'x'.repeat(65),
  'x'.repeat(300),
  "' OR 1=1 --",
  '€ 한글',
];

for (const storage of STORAGES) {
  describe(`board error codes on every endpoint (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    let world: BoardWorld;
    let alice: Member;
    let bob: Member;
    let outsider: Member;
    /** Every (route, status, code) answered here, checked against the OpenAPI document at the end. */
    const seen: { method: string; path: string; status: number; code: string }[] = [];

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      [alice, bob] = [await world.member(), await world.member()];
      outsider = await world.member(await world.api.school());
    });
    after(async () => {
      await app?.close();
    });

    async function fixture() {
      const postId = await world.post(alice);
      const commentId = await world.comment(alice, postId);
      return { schoolId: world.school.id, boardId: world.boardId, postId, commentId };
    }

    function call(endpoint: Endpoint, ids: Record<string, string>, who: Member | null, body = endpoint.body) {
      const url = endpoint.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(ids[name] ?? ''));
      const req = app.http[endpoint.method](`${API}${url}${endpoint.query ? `?${endpoint.query}` : ''}`);
      const authed = who ? req.set(who.auth) : req;
      return body ? authed.send(body) : authed;
    }

    function expectCode(endpoint: Endpoint, res: Response, status: number, code: string) {
      expectError(res, status, code);
      seen.push({ method: endpoint.method, path: endpoint.path, status, code });
    }

    it('answers 401 UNAUTHENTICATED without a token', async () => {
      const ids = await fixture();
      for (const endpoint of [...ENDPOINTS, ...MINE.map((path) => ({ method: 'get' as const, path }))]) {
        expectCode(endpoint, await call(endpoint, ids, null), 401, 'UNAUTHENTICATED');
      }
    });

    it('answers 403 NOT_SCHOOL_MEMBER to a member of another school, before any other rule', async () => {
      const ids = await fixture();
      for (const endpoint of ENDPOINTS) {
        expectCode(endpoint, await call(endpoint, ids, outsider), 403, 'NOT_SCHOOL_MEMBER');
      }
      await app.http.get(`${API}/posts/${ids.postId}`).set(alice.auth).expect(200);
    });

    it('answers the resource’s 404 for an id that names nothing, whatever its shape', async () => {
      const ids = await fixture();
      for (const endpoint of ENDPOINTS.filter((e) => e.notFound)) {
        for (const unknown of UNKNOWN_IDS) {
          const name = /:(\w+)/.exec(endpoint.path)?.[1] ?? '';
          const res = await call(endpoint, { ...ids, [name]: unknown }, alice);
          expectCode(endpoint, res, 404, endpoint.notFound ?? '');
        }
      }
      const create = { method: 'post' as const, path: '/schools/:schoolId/boards', body: { name: 'n' } };
      for (const unknown of UNKNOWN_IDS) {
        expectCode(create, await call(create, { schoolId: unknown }, world.admin), 404, 'SCHOOL_NOT_FOUND');
      }
    });

    it('answers 404 on every endpoint of a deleted post and of a deleted comment', async () => {
      const ids = await fixture();
      const reply = await world.comment(bob, ids.postId, { parentId: ids.commentId });
      await app.http.delete(`${API}/comments/${ids.commentId}`).set(alice.auth).expect(204);
      // The parent stays as a placeholder for its live reply, but is gone as a comment.
      for (const endpoint of ENDPOINTS.filter((e) => e.notFound === 'COMMENT_NOT_FOUND')) {
        expectCode(endpoint, await call(endpoint, ids, alice), 404, 'COMMENT_NOT_FOUND');
      }
      await app.http.delete(`${API}/posts/${ids.postId}`).set(alice.auth).expect(204);
      for (const endpoint of ENDPOINTS.filter((e) => e.notFound === 'POST_NOT_FOUND')) {
        expectCode(endpoint, await call(endpoint, ids, bob), 404, 'POST_NOT_FOUND');
      }
      const replyLike = ENDPOINTS.find((e) => e.path === '/comments/:commentId/like') as Endpoint;
      expectCode(replyLike, await call(replyLike, { commentId: reply }, alice), 404, 'COMMENT_NOT_FOUND');
    });

    it('refuses fields an endpoint does not accept with 400 VALIDATION_FAILED, and writes nothing', async () => {
      const ids = await fixture();
      const extras = { authorId: bob.id, likeCount: 99, isDeleted: true, role: 'admin', schoolId: 'x' };
      for (const endpoint of ENDPOINTS.filter((e) => e.body)) {
        for (const [field, value] of Object.entries(extras)) {
          const res = await call(endpoint, ids, alice, { ...endpoint.body, [field]: value });
          expectCode(endpoint, res, 400, 'VALIDATION_FAILED');
          expect(res.body.error.details.map((d: { path: string }) => d.path).join(','), field).to.contain(
            field,
          );
        }
      }
      const post = (await app.http.get(`${API}/posts/${ids.postId}`).set(alice.auth).expect(200)).body;
      expect(post).to.include({ title: '제목', likeCount: 0, commentCount: 1 });
      expect(post.comments[0]).to.include({ content: '댓글', isDeleted: false });
      const boards = (await app.http.get(`${API}/schools/${ids.schoolId}/boards`).set(alice.auth)).body;
      expect(boards).to.have.length(1);
    });

    it('refuses a bad limit, cursor or unknown query parameter on every list with 400', async () => {
      const ids = await fixture();
      const lists: Endpoint[] = [
        ...PAGED.map((path) => ({ method: 'get' as const, path })),
        { method: 'get', path: '/boards/:boardId/posts' },
        ...MINE.map((path) => ({ method: 'get' as const, path })),
      ];
      const cursor = (raw: string) => Buffer.from(raw).toString('base64url');
      const bad = ['limit=0', 'limit=51', 'limit=-1', 'limit=1.5', 'limit=abc', 'limit=', 'limit=1&limit=2'];
      bad.push(
        'cursor=',
        'cursor=garbage',
        `cursor=${cursor('[1,"a","b"]')}`,
        `cursor=${cursor('{"value":1}')}`,
      );
      bad.push(
        `cursor=${cursor('["1","a"]')}`,
        `cursor=${cursor('[1e999,"a"]')}`,
        `cursor=${cursor('[1e308,"a"]')}`,
        `cursor=${cursor('[99999999999999999,"a"]')}`,
        `cursor=${cursor('[1.5,"a"]')}`,
        `cursor=${'A'.repeat(401)}`,
      );
      bad.push('unknown=1', 'authorId=x');
      for (const endpoint of lists) {
        const q = endpoint.path.endsWith('/posts') && endpoint.path.startsWith('/schools') ? 'q=ab&' : '';
        for (const query of bad) {
          const res = await call({ ...endpoint, query: `${q}${query}` }, ids, alice);
          expectCode(endpoint, res, 400, 'VALIDATION_FAILED');
        }
        await call({ ...endpoint, query: `${q}limit=50` }, ids, alice).expect(200);
      }
    });

    it('declares in the OpenAPI document every code answered above', async () => {
      expect(seen.length).to.be.greaterThan(100);
      const doc = (await app.http.get(`${API}/openapi.json`).expect(200)).body;
      for (const { method, path, status, code } of seen) {
        const openapiPath = `${API}${path.replace(/:(\w+)/g, '{$1}')}`;
        const description: string = doc.paths[openapiPath]?.[method]?.responses?.[status]?.description ?? '';
        expect(description.split(', '), `${method} ${path} ${status}`).to.include(code);
      }
    });
  });
}
