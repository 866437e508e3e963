import { expect } from 'chai';
import slotOf from 'cluster-key-slot';
import { createClient } from 'redis';
import { ViewCache } from '../../src/cache/index.js';
import { MemoryAdapters } from '../../src/memory/index.js';
import {
  RedisCache,
  closeRedisClient,
  createRedisClient,
  waitForRedis,
  type RedisClient,
} from '../../src/redis/index.js';
import { SystemClock } from '../../src/system/index.js';
import {
  TcpProxy,
  accountDeletionStores,
  cachedViewStores,
  redisTestPrefix,
  redisTestUrl,
  viewCacheContract,
  type CacheFault,
  type ViewCacheUnderTest,
} from '../../src/testing/index.js';
import { readAll, stage, writeCases } from '../../src/testing/cache/view-contract-cases.js';
import { BoardWorld } from '../../src/testing/board/board-fixtures.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The clients' deadline and cooldown, shorter than in production: the faults below wait for them
 * (directly, or through the missed deadlines that make a client dial anew), and the contract holds
 * whatever their length. The stalls last longer than a deadline, so each is still missed.
 */
const DEADLINE_MS = 100;
const COOLDOWN_MS = 100;

/** A "process": its own client to Redis through its own proxy, and a cache on it. */
interface Process {
  proxy: TcpProxy;
  client: RedisClient;
  cache: RedisCache;
}

async function open(url: URL, prefix: string): Promise<Process> {
  const proxy = new TcpProxy(url.hostname, Number(url.port || 6379));
  await proxy.start();
  const client = createRedisClient(`redis://127.0.0.1:${proxy.port}`, {
    commandTimeoutMs: DEADLINE_MS,
    cooldownMs: COOLDOWN_MS,
  });
  if (!(await waitForRedis(client, 5_000))) throw new Error('redis did not become ready');
  return { proxy, client, cache: new RedisCache(client, prefix) };
}

/** Until both clients answer again (after a reset, node-redis reconnects by itself). */
async function healed(...processes: Process[]): Promise<void> {
  for (const p of processes) {
    const started = Date.now();
    while (!(await p.cache.ping())) {
      expect(Date.now() - started, 'redis did not come back').to.be.below(10_000);
      await sleep(50);
    }
  }
}

/** What a restart keeps of the keys under `prefix`: nothing, or a copy taken earlier. */
async function keysOf(
  admin: RedisClient,
  prefix: string,
): Promise<Map<string, { value: string; ttl: number }>> {
  const copy = new Map<string, { value: string; ttl: number }>();
  for (const key of await admin.keys(`${prefix}*`)) {
    const [value, ttl] = await Promise.all([admin.get(key), admin.pTTL(key)]);
    if (value !== null) copy.set(key, { value, ttl: Math.max(ttl, 1_000) });
  }
  return copy;
}
async function restart(
  admin: RedisClient,
  prefix: string,
  copy = new Map<string, { value: string; ttl: number }>(),
) {
  for (const key of await admin.keys(`${prefix}*`)) await admin.del(key);
  for (const [key, { value, ttl }] of copy) await admin.set(key, value, { PX: ttl });
}

const FAULTS = [
  'stalled during the write',
  'stalled just before it',
  'timing out',
  'restarted empty',
  'restarted from an older copy',
] as const;

describe('the view cache on Redis, through TCP proxies that stall, go silent and reset', function () {
  let url: URL;
  let admin: RedisClient;
  let opened: Process[] = [];

  before(async function () {
    url = new URL((await redisTestUrl(this))!);
    admin = createClient({ url: url.toString() });
    await admin.connect();
  });
  after(async () => {
    if (admin?.isOpen) await admin.close();
  });
  afterEach(async () => {
    for (const p of opened) {
      await closeRedisClient(p.client);
      await p.proxy.close();
    }
    opened = [];
  });

  async function processes(): Promise<{ writer: Process; reader: Process; prefix: string }> {
    const prefix = redisTestPrefix();
    const [writer, reader] = [await open(url, prefix), await open(url, prefix)];
    opened.push(writer, reader);
    return { writer, reader, prefix };
  }

  viewCacheContract(
    'memory stores, two clients on the real Redis',
    async (): Promise<ViewCacheUnderTest | null> => {
      if (!(await redisTestUrl())) return null;
      const adapters = new MemoryAdapters();
      const { writer, reader, prefix } = await processes();
      const both = [writer, reader];
      let restoring: Promise<void> = Promise.resolve();
      let copy = new Map<string, { value: string; ttl: number }>();
      const faults: Record<(typeof FAULTS)[number], CacheFault> = {
        // SIGSTOP'd for a while during the write: commands wait, then are all answered.
        'stalled during the write': {
          start: () => {
            both.forEach((p) => p.proxy.stall());
            restoring = sleep(300).then(() => both.forEach((p) => p.proxy.restore()));
          },
          end: () => restoring,
        },
        // A deadline just missed: the write comes while plain commands are skipped (the cooldown).
        'stalled just before it': {
          start: async () => {
            both.forEach((p) => p.proxy.stall());
            await Promise.all(both.map((p) => p.cache.ping()));
            both.forEach((p) => p.proxy.restore());
          },
          // Read once the cooldown is over, when Redis is asked again.
          end: () => sleep(COOLDOWN_MS + 100),
        },
        // Connections that never answer again: deadlines missed until the clients dial anew.
        'timing out': {
          start: () => both.forEach((p) => p.proxy.blackhole()),
          end: () => healed(writer, reader),
        },
        // Down during the write, back without its keys (no persistence).
        'restarted empty': {
          start: async () => {
            both.forEach((p) => p.proxy.cut());
            await restart(admin, prefix);
            restoring = sleep(300).then(() => both.forEach((p) => p.proxy.restore()));
          },
          end: async () => {
            await restoring;
            await healed(writer, reader);
          },
        },
        // After the write, back with the keys it had before it (a snapshot, or a replica behind).
        'restarted from an older copy': {
          start: async () => {
            copy = await keysOf(admin, prefix);
          },
          end: async () => {
            both.forEach((p) => p.proxy.cut());
            await restart(admin, prefix, copy);
            both.forEach((p) => p.proxy.restore());
            await healed(writer, reader);
          },
        },
      };
      return {
        stores: {
          ...adapters,
          ...accountDeletionStores(adapters.ports.get),
          queries: adapters.postQueries,
          uow: adapters.unitOfWork,
        },
        writer: writer.cache,
        reader: reader.cache,
        retireBudgetMs: 2_000,
        faults,
      };
    },
    FAULTS,
  );

  it('given every write case and its reads, when Redis records what it was sent, then no command names keys of two slots (Redis Cluster refuses those), and versions are read together', async function () {
    this.timeout(60_000);
    const { writer, reader, prefix } = await processes();
    const monitor = createClient({ url: url.toString() });
    await monitor.connect();
    const commands: string[][] = [];
    await monitor.monitor((line: string) => {
      if (!line.includes(prefix)) return;
      commands.push([...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!));
    });
    try {
      const clock = new SystemClock();
      for (const c of writeCases) {
        const adapters = new MemoryAdapters();
        const raw = {
          ...adapters,
          ...accountDeletionStores(adapters.ports.get),
          queries: adapters.postQueries,
          uow: adapters.unitOfWork,
        };
        const w = cachedViewStores(raw, new ViewCache(writer.cache, clock));
        const r = cachedViewStores(raw, new ViewCache(reader.cache, clock));
        const s = await stage(new BoardWorld(raw), raw);
        await readAll(r, s);
        await raw.uow.run(() => c.write(w, s));
        await readAll(r, s);
      }
      await sleep(100); // the monitor's last lines
    } finally {
      await monitor.close();
    }
    const names = new Set(commands.map((c) => c[0]!.toUpperCase()));
    expect([...names].sort()).to.include.members(['DEL', 'GET', 'MGET', 'SET']);
    const acrossSlots = commands.filter(
      (c) => new Set(c.filter((arg) => arg.startsWith(prefix)).map((key) => slotOf(key))).size > 1,
    );
    expect(acrossSlots.map((c) => c.join(' ').slice(0, 120))).to.deep.equal([]);
    const manyKeys = commands.filter((c) => c.filter((arg) => arg.startsWith(prefix)).length > 1);
    expect(manyKeys).to.not.be.empty;
    expect(new Set(manyKeys.map((c) => c[0]!.toUpperCase()))).to.deep.equal(new Set(['MGET']));
  });

  describe('a writer cut off from Redis for longer than the retirement budget (the residual case)', function () {
    this.timeout(30_000);

    it('given a writer alone cut off, when its write is answered, then the loss is reported, its own reads are current, and every other process is current once the writer reaches Redis again', async () => {
      const { writer, reader } = await processes();
      const adapters = new MemoryAdapters();
      const raw = {
        ...adapters,
        ...accountDeletionStores(adapters.ports.get),
        queries: adapters.postQueries,
        uow: adapters.unitOfWork,
      };
      const lost: (readonly string[])[] = [];
      const clock = new SystemClock();
      const w = cachedViewStores(
        raw,
        new ViewCache(writer.cache, clock, { retireBudgetMs: 500, onLost: (s) => lost.push(s) }),
      );
      const r = cachedViewStores(raw, new ViewCache(reader.cache, clock));
      const s = await stage(new BoardWorld(raw), raw);
      await readAll(w, s);
      await readAll(r, s);

      writer.proxy.cut();
      const like = writeCases.find((c) => c.name.startsWith('LikePost'))!;
      const started = Date.now();
      await raw.uow.run(() => like.write(w, s));
      expect(Date.now() - started, 'the answer waited for the budget, and no longer').to.be.within(
        250,
        1_500,
      );
      expect(lost.length, 'the lost retirement was reported').to.be.above(0);
      const current = await readAll(raw, s);
      expect(await readAll(w, s), 'the writer').to.deep.equal(current);
      // The documented residual: until the writer reaches Redis again, the reader may still serve
      // the old views (it trusts a Redis the writer could not tell). Not asserted: a reader whose
      // own connection happened to fault meanwhile would read the store, which is right too.

      writer.proxy.restore();
      const healedAt = Date.now();
      while (JSON.stringify(await readAll(r, s)) !== JSON.stringify(current)) {
        expect(Date.now() - healedAt, 'the writer set a new generation once back').to.be.below(8_000);
        await sleep(50);
      }
      expect(await readAll(w, s)).to.deep.equal(current);
    });
  });
});
