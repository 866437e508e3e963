import type { Actor, SessionId } from '@campus/domain';
import type { Router, RouterMiddleware } from '@koa/router';
import type { Middleware } from 'koa';
import { z } from 'zod';
import type { AppState } from './app-state.js';
import { notFound } from './http-errors.js';
import { EventStream, serveEventStream } from './event-stream.js';
import { JsonBody } from './json-body.js';
import { canonicalIdCheck } from './resource-id.js';
import { validate } from './validate.js';

export type Method = 'get' | 'post' | 'patch' | 'delete';

/** A response other than the route's default status, e.g. 200 where a route usually answers 201. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

type Shape = z.ZodType<Record<string, unknown>>;
type Out<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

export interface HandlerInput<P, Q, B, A extends boolean> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  actor: A extends true ? Actor : Actor | undefined;
  sessionId: A extends true ? SessionId : SessionId | undefined;
  /** How long the caller's authority lasts from now: its token's exp, or its session's age. */
  expiresInMs: A extends true ? number : number | undefined;
  /** The client's address: the socket's, or the trusted proxy's word for it. */
  clientAddress: string;
  /** A request header, e.g. `last-event-id` (lower case). */
  header: (name: string) => string | undefined;
}

/**
 * One route, declared once: the router serves it and the OpenAPI document describes it from the
 * same schemas, so the contract and the validation cannot drift apart.
 */
export interface RouteSpec<
  P extends Shape | undefined,
  Q extends Shape | undefined,
  B extends Shape | undefined,
  A extends boolean,
> {
  method: Method;
  /** Koa-style path relative to the API base, e.g. `/posts/:postId`. */
  path: string;
  tag: string;
  summary: string;
  /**
   * For the OpenAPI document: what the operation does and the rules a client must know (who may
   * call it, side effects, ordering). Markdown.
   */
  description?: string;
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  status: 200 | 201 | 202 | 204;
  response?: z.ZodType;
  /** For the OpenAPI document: the media type of the success, when it is not JSON. */
  mediaType?: string;
  /** Error codes this route can answer with, for the OpenAPI document. */
  errors: readonly string[];
  /** For the OpenAPI document: a request body the route accepts, and the body of its success. */
  examples?: { request?: unknown; response?: unknown };
  /** For the OpenAPI document: a second success the handler may answer with as a `Reply`. */
  otherSuccess?: { status: 200 | 201; summary: string; response: z.ZodType; example: unknown };
  handle(input: HandlerInput<P, Q, B, A>): Promise<unknown>;
}

// The registry stores routes of every shape; the parameters are checked where each is declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, boolean>;

export function defineRoute<
  P extends Shape | undefined = undefined,
  Q extends Shape | undefined = undefined,
  B extends Shape | undefined = undefined,
  A extends boolean = true,
>(spec: RouteSpec<P, Q, B, A>): AnyRoute {
  return spec as AnyRoute;
}

const EMPTY = z.strictObject({});
/** The path parameters of a route that declares none. */
const ANY_PARAMS = z.record(z.string(), z.string());

/** The schemas of a route of any shape. */
export interface SchemasOf {
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodObject;
}

/** A route that creates something: a POST whose success is 201. These take an `Idempotency-Key`. */
export function isCreating(route: AnyRoute): boolean {
  return route.method === 'post' && route.status === 201;
}

/**
 * Mounts routes on a router: authenticate when asked, answer a non-canonical id in the path with
 * its resource's 404, validate, call the handler, answer. Creating routes run behind `idempotent`
 * when it is given.
 */
export function mount(
  router: Router<AppState>,
  routes: readonly AnyRoute[],
  authenticate: Middleware<AppState>,
  isCanonicalId: (id: string) => boolean,
  idempotent?: Middleware<AppState>,
): void {
  for (const route of routes) {
    const schemas = route as SchemasOf;
    const assertCanonicalIds = canonicalIdCheck(schemas.params, isCanonicalId);
    // Before the idempotency key is claimed: an id that names nothing costs no storage work.
    const named: RouterMiddleware<AppState> = async (ctx, next) => {
      const pathParams = ctx.params;
      // A path with a NUL character names nothing: a 404, as for any id that names nothing.
      for (const name in pathParams) if (pathParams[name]!.includes('\u0000')) throw notFound();
      assertCanonicalIds(pathParams);
      await next();
    };
    const handler: RouterMiddleware<AppState> = async (ctx) => {
      const pathParams = ctx.params;
      ctx.state.route = `${route.method.toUpperCase()} ${route.path}`;
      const params: unknown = validate(schemas.params ?? ANY_PARAMS, pathParams);
      const query: unknown = validate(schemas.query ?? EMPTY, ctx.query);
      // A DELETE reads a body only where it declares one (DELETE /me takes the password).
      const reads = route.method !== 'get' && (route.method !== 'delete' || schemas.body !== undefined);
      const body: unknown = reads ? (ctx.request.body ?? {}) : {};
      const input = {
        params,
        query,
        body: validate(schemas.body ?? EMPTY, body),
        actor: ctx.state.actor,
        sessionId: ctx.state.sessionId,
        expiresInMs: ctx.state.expiresInMs,
        clientAddress: ctx.ip,
        header: (name: string) => ctx.get(name) || undefined,
      };
      const result = await route.handle(input as HandlerInput<never, never, never, boolean>);
      if (result instanceof EventStream) return serveEventStream(ctx, result);
      const reply = result instanceof Reply ? result : new Reply(route.status, result);
      ctx.status = reply.status;
      if (reply.body instanceof JsonBody) {
        ctx.type = 'application/json';
        ctx.body = reply.body.bytes;
      } else if (reply.status !== 204) ctx.body = reply.body;
    };
    // Named before the key is looked at, so a replayed answer is logged with its route too.
    const keyed: Middleware<AppState> | null =
      idempotent && isCreating(route)
        ? async (ctx, next) => {
            ctx.state.route = `${route.method.toUpperCase()} ${route.path}`;
            await idempotent(ctx, next);
          }
        : null;
    const chain = [...(route.auth ? [authenticate] : []), named, ...(keyed ? [keyed] : []), handler];
    router[route.method](route.path, ...chain);
  }
}
