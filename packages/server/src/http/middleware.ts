import { randomUUID } from 'node:crypto';
import { bodyParser } from '@koa/bodyparser';
import { isDomainError, type ErrorDetail } from '@campus/domain';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { HttpProblem, STATUS_OF_KIND } from './http-errors.js';
import type { AppState } from './app-state.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Echoes a sane client `X-Request-Id`, or makes one. */
export const requestId: Middleware<AppState> = async (ctx, next) => {
  const given = ctx.get('X-Request-Id');
  ctx.state.requestId = REQUEST_ID.test(given) ? given : randomUUID();
  ctx.set('X-Request-Id', ctx.state.requestId);
  await next();
};

interface ErrorBody {
  error: { code: string; message: string; details?: readonly ErrorDetail[] };
}

/**
 * The single place where errors become responses: a domain error by its kind, an edge problem by
 * its status, a dependency outage as 503, anything else as a bare 500 that is logged, not shown.
 */
export function errorMapper(
  logger: Logger,
  isUnavailable: (error: unknown) => boolean,
): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const { status, body, headers } = describe(error, isUnavailable);
      if (status >= 500) logger.error({ err: error, requestId: ctx.state.requestId }, 'request failed');
      ctx.status = status;
      ctx.body = body;
      for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
    }
  };
}

/**
 * What a 503 asks clients to wait: about one bound of a database wait, so a retry lands after a
 * stall has either ended or been answered again, without hammering a database on its way back.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** What the body parser (co-body, through @hapi/bourne) throws for a `__proto__` key. */
const FORBIDDEN_PROTOTYPE_KEY = 'Object contains forbidden prototype property';

function describe(
  error: unknown,
  isUnavailable: (error: unknown) => boolean,
): { status: number; body: ErrorBody; headers: Record<string, string> } {
  const answer = (
    status: number,
    code: string,
    message: string,
    details?: readonly ErrorDetail[],
    headers = {},
  ) => ({
    status,
    body: { error: details && details.length > 0 ? { code, message, details } : { code, message } },
    headers,
  });
  if (isDomainError(error)) {
    const status = STATUS_OF_KIND[error.kind];
    const retry =
      'retryAfterSeconds' in error
        ? { 'Retry-After': String(error.retryAfterSeconds) }
        : status === 503
          ? { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) }
          : {};
    return answer(status, error.code, error.message, error.details, retry);
  }
  if (error instanceof HttpProblem)
    return answer(error.status, error.code, error.message, error.details, error.headers);
  const status = (error as { status?: unknown }).status;
  if (status === 413) return answer(413, 'PAYLOAD_TOO_LARGE', 'The body is larger than 64 KiB.');
  if (status === 415) return answer(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  if (status === 400 && error instanceof SyntaxError && error.message === FORBIDDEN_PROTOTYPE_KEY) {
    // Valid JSON with a key no body accepts (the parser refuses it before any schema sees it).
    return answer(400, 'VALIDATION_FAILED', 'The request is not valid.', [
      {
        path: '(body)',
        message: 'Keys named __proto__, or constructor holding prototype, are not accepted.',
      },
    ]);
  }
  if (status === 400 && (error instanceof SyntaxError || (error as { type?: unknown }).type !== undefined)) {
    return answer(400, 'MALFORMED_JSON', 'The body is not valid JSON.');
  }
  if (isUnavailable(error)) {
    return answer(
      503,
      'SERVICE_UNAVAILABLE',
      'A service this request needs is unavailable. Try again shortly.',
      undefined,
      { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    );
  }
  return answer(500, 'INTERNAL', 'Something went wrong on our side.');
}

/** JSON bodies only, at most 64 KiB; anything else with a body is refused with 415. */
export function jsonBody(): Middleware<AppState> {
  const parse = bodyParser({
    enableTypes: ['json'],
    jsonLimit: '64kb',
    jsonStrict: true,
    encoding: 'utf-8',
    // DELETE too: DELETE /me takes the password in its body.
    parsedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  });
  return async (ctx, next) => {
    const hasBody = ctx.request.length > 0 || ctx.get('Transfer-Encoding') !== '';
    if (!hasBody) {
      await next(); // most requests (every GET): nothing to parse
      return;
    }
    if (!ctx.is('application/json')) {
      throw new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
    }
    await parse(ctx, next);
  };
}

/** One line per request: id, method, route, status, duration. Never bodies or headers. */
export function requestLog(logger: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    if (!logger.isLevelEnabled('info')) {
      await next();
      return;
    }
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      logger.info(
        {
          requestId: ctx.state.requestId,
          method: ctx.method,
          route: ctx.state.route ?? null,
          status: ctx.status,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    }
  };
}

/** Headers every response carries; the API sends only JSON, so the policy can be strict. */
export const securityHeaders: Middleware<AppState> = async (ctx, next) => {
  await next();
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('X-Frame-Options', 'DENY');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (!ctx.response.get('Content-Security-Policy')) {
    ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  }
  if (!ctx.response.get('Cache-Control')) ctx.set('Cache-Control', 'no-store');
};
