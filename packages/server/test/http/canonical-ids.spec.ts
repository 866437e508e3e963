import { useCasesFrom } from '@campus/application';
import type { Actor, SessionId } from '@campus/domain';
import { UserId } from '@campus/domain';
import { expect } from 'chai';
import type { Middleware } from 'koa';
import sinon from 'sinon';
import supertest from 'supertest';
import type { AppState } from '../../src/http/app-state.js';
import { createApp } from '../../src/http/app.js';
import { notFoundOf } from '../../src/http/resource-id.js';
import type { AnyRoute, SchemasOf } from '../../src/http/route.js';
import { createLogger } from '../../src/logger.js';
import { allRoutes } from '../../src/routes/index.js';
import { API } from '../support/api.js';

const CANONICAL = '0190c000-0000-7000-8000-00000000000a';
const isCanonical = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/** Spellings that name nothing: what a padding, folding or truncating store might still match. */
const NON_CANONICAL: [what: string, inPath: string][] = [
  ['padded with a space', `${CANONICAL}%20`],
  ['padded in front', `%20${CANONICAL}`],
  ['with a trailing tab', `${CANONICAL}%09`],
  ['upper-cased', CANONICAL.toUpperCase()],
  ['12 KB long', 'a'.repeat(12 * 1024)],
  ['without hyphens', CANONICAL.replaceAll('-', '')],
  ['fullwidth', encodeURIComponent(CANONICAL.replace('a', 'ａ'))],
];

/**
 * Every route of the API, mounted on use cases that are spies: what reaches a use case could
 * reach the cache or the database, so a non-canonical id must stop before any is called.
 */
describe('ids in paths, on every route', () => {
  const execute = sinon.spy(() => Promise.reject(new Error('a use case was reached')));
  const routes = allRoutes(useCasesFrom(() => ({ execute }) as never));
  const signedIn: Middleware<AppState> = async (ctx, next) => {
    const actor: Actor = { id: UserId(CANONICAL), role: 'user', schoolId: null };
    ctx.state.actor = actor;
    ctx.state.sessionId = CANONICAL as SessionId;
    await next();
  };
  const app = createApp({
    routes,
    authenticate: signedIn,
    isCanonicalId: isCanonical,
    logger: createLogger('silent'),
    isUnavailable: () => false,
    corsOrigins: [],
    ready: () => Promise.resolve({ database: 'up', redis: 'absent' }),
  });
  const http = supertest(app.callback());
  const withIds = routes.filter((route) => idParamsOf(route).length > 0);
  afterEach(() => execute.resetHistory());

  const send = (route: AnyRoute, path: string) => {
    const request = http[route.method](`${API}${path}`);
    return route.method === 'post' || route.method === 'patch' ? request.send({}) : request;
  };

  it('given the route table, then every id in a path is declared as one, so each is checked', () => {
    expect(withIds.length).to.be.greaterThan(20);
    for (const route of routes) {
      const inPath = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const declared = idParamsOf(route).map(([name]) => name);
      expect(declared, `${route.method} ${route.path}`).to.deep.equal(inPath.filter((p) => p !== 'username'));
    }
  });

  it('given canonical ids, then the route goes on to its use case, or to its body when that is missing (so the checks below can fail)', async () => {
    let reached = 0;
    for (const route of withIds) {
      execute.resetHistory();
      const res = await send(route, route.path.replace(/:(\w+)/g, CANONICAL));
      reached += execute.callCount;
      if (execute.callCount === 0)
        expect([res.status, res.body.error.code], `${route.method} ${route.path}`).to.deep.equal([
          400,
          'VALIDATION_FAILED',
        ]);
    }
    expect(reached).to.be.greaterThan(withIds.length / 2);
  });

  for (const [what, spelling] of NON_CANONICAL) {
    it(`given an id ${what}, then each route answers its resource's 404 and no use case runs`, async () => {
      for (const route of withIds) {
        for (const [name, code] of idParamsOf(route)) {
          const path = route.path.replace(/:(\w+)/g, (_, param: string) =>
            param === name ? spelling : CANONICAL,
          );
          const res = await send(route, path);
          expect([res.status, res.body?.error?.code], `${route.method} ${path.slice(0, 80)}`).to.deep.equal([
            404,
            code,
          ]);
        }
      }
      expect(execute.callCount).to.equal(0);
    });
  }

  it('given 400 requests for a post by a 12 KB id, then all are 404 POST_NOT_FOUND and no use case runs', async () => {
    const id = 'x'.repeat(12 * 1024);
    for (let i = 0; i < 400; i += 50) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => http.get(`${API}/posts/${id}`)));
      expect(answers.map((r) => r.body.error.code)).to.deep.equal(Array(50).fill('POST_NOT_FOUND'));
    }
    expect(execute.callCount).to.equal(0);
  });
});

/** The id parameters of a route's path, each with the code of its 404. */
function idParamsOf(route: AnyRoute): [name: string, code: string][] {
  const shape = (route as SchemasOf).params?.shape ?? {};
  return Object.entries(shape).flatMap(([name, field]) => {
    const error = notFoundOf(field)?.() as { code?: string } | undefined;
    return error?.code ? [[name, error.code] as [string, string]] : [];
  });
}
