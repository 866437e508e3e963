import { randomUUID } from 'node:crypto';
import type { IdempotencyStore, IdempotentRequest } from '@campus/adapters/idempotency';
import type { UnitOfWork } from '@campus/domain';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import type { AppState } from './app-state.js';
import { HttpProblem, validationFailed } from './http-errors.js';
import { IdempotencySeal } from './idempotency-seal.js';

export const IDEMPOTENCY_KEY = 'Idempotency-Key';
export const REPLAYED = 'Idempotent-Replayed';
/** 1–255 printable ASCII characters. */
const KEY = /^[\x20-\x7e]{1,255}$/;
/** The scope of keys sent without an account (signup): the key alone names the request. */
const PUBLIC_SCOPE = 'public';

export interface IdempotencyOptions {
  store: IdempotencyStore;
  /** The unit of work of the store's database: the request runs in one, and its answer is kept in it. */
  unitOfWork: UnitOfWork;
  logger: Logger;
  /** The server's secret (shared by every instance): keys the fingerprints and seals the answers. */
  secret: string;
  now?: () => Date;
}

/**
 * `Idempotency-Key` on a creating route. The key is claimed first, in a write of its own, so a
 * second attempt sees the first running (409). The request then runs in one unit of work (the use
 * case's own units join it), and its answer is stored in that unit before it commits: the create
 * and its answer commit together, so a retry after a lost answer, or after an error that came once
 * the commit was done, gets that answer again and creates nothing. A request that fails rolls back,
 * stores nothing and gives its key up, so it may be sent again.
 */
export function idempotency(options: IdempotencyOptions): Middleware<AppState> {
  const { store, unitOfWork, logger } = options;
  const now = options.now ?? (() => new Date());
  const seal = new IdempotencySeal(options.secret);
  let lastPrune = 0;
  const releaseLater = (request: IdempotentRequest, attempt: string, requestId: string) => {
    const retry = (tries: number) =>
      setTimeout(() => {
        store.release(request, attempt).catch((e: unknown) => {
          if (tries < RELEASE_TRIES) retry(tries + 1);
          else logger.warn({ err: e, requestId }, 'idempotency key not released');
        });
      }, RELEASE_EVERY_MS).unref();
    retry(1);
  };
  return async (ctx, next) => {
    const key = ctx.headers['idempotency-key'];
    if (key === undefined) {
      await next();
      return;
    }
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw validationFailed([
        { path: IDEMPOTENCY_KEY, message: 'Use 1 to 255 printable ASCII characters.' },
      ]);
    }
    const request: IdempotentRequest = {
      scope: ctx.state.actor?.id ?? PUBLIC_SCOPE,
      key,
      fingerprint: seal.fingerprint(ctx.method, ctx.path, ctx.request.rawBody ?? ''),
    };
    const attempt = randomUUID();
    const claim = await store.claim(request, attempt, now());
    // An answer sealed under another secret cannot be replayed: the secret changed since.
    const replay = claim.outcome === 'replay' ? seal.open(claim.answer.body) : null;
    if (claim.outcome === 'replay' && replay === null) throw keyReused();
    if (claim.outcome === 'replay') {
      ctx.status = claim.answer.status;
      ctx.body = replay;
      ctx.type = 'application/json';
      ctx.set(REPLAYED, 'true');
      return;
    }
    if (claim.outcome === 'reused') throw keyReused();
    if (claim.outcome === 'in_use') throw keyInUse();
    try {
      await unitOfWork.run(async () => {
        await next();
        // Sent as stored, so a replay is the same bytes.
        const body = Buffer.isBuffer(ctx.body) ? ctx.body.toString('utf8') : JSON.stringify(ctx.body ?? null);
        ctx.body = body;
        ctx.type = 'application/json';
        // Another attempt took the key over meanwhile: this one must leave nothing behind.
        if (!(await store.complete(request, attempt, { status: ctx.status, body: seal.seal(body) })))
          throw keyInUse();
      });
    } catch (error) {
      // A commit that failed may still have happened: then the answer is stored and stays. The
      // database may be gone too: then the key is freed once it is back, or by its lease.
      await store.release(request, attempt).catch(() => releaseLater(request, attempt, ctx.state.requestId));
      throw error;
    }
    const at = now().getTime();
    if (at - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = at;
      void store.prune(new Date(at)).catch((e: unknown) => {
        logger.warn({ err: e }, 'expired idempotency keys not pruned');
      });
    }
  };
}

/** A key a failed attempt could not give up is tried again this often, so many times. */
const RELEASE_EVERY_MS = 1_000;
const RELEASE_TRIES = 10;
/** Expired keys are refused when read; pruning them only keeps the table small. */
const PRUNE_EVERY_MS = 10 * 60_000;

const keyReused = () =>
  new HttpProblem(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request.');
const keyInUse = () =>
  new HttpProblem(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running.');
