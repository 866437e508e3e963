import { randomBytes } from 'node:crypto';
import type { Clock } from '@campus/domain';
import { LRUCache } from 'lru-cache';
import { CacheGeneration, GENERATION } from './cache-generation.js';
import type { AfterCommit } from './after-commit.js';
import type { CheckedCache } from './checked-cache.js';
import { deepFreeze } from './deep-freeze.js';

export { GENERATION } from './cache-generation.js';

/**
 * A cached view (a page, a post, its comments) and the scopes it depends on. A write never
 * deletes views: it retires the version of each scope it touched, once its transaction has
 * committed, and every view stamped with a retired version is a miss from then on.
 */
export interface View {
  key: string;
  scopes: readonly string[];
}

export interface Lookup {
  /** The views' JSON when fresh, else null; in the order asked. */
  hits: (string | null)[];
  /**
   * The current version of every scope asked for (null: none yet, or the cache is down), and of
   * the generation; empty when this process may not trust the cache (nothing is then stored).
   */
  versions: Map<string, string | null>;
}

/** Scope versions outlive the views stamped with them; an expired one only costs a miss. */
const SCOPE_TTL_MS = 15 * 60_000;
/** How long a write's answer may wait for its retirement to be confirmed. */
const RETIRE_BUDGET_MS = 2_000;

export interface ViewCacheOptions {
  keep?: KeepLimits;
  retireBudgetMs?: number;
  /** Told when a retirement could not be confirmed within its budget. */
  onLost?: (scopes: readonly string[]) => void;
  /** Told of every view looked up and whether it was a hit (for metrics; must not throw). */
  onLookup?: (view: View, hit: boolean) => void;
}
/**
 * Views kept per process, so a hit on an unchanged view fetches and parses nothing: at most this
 * many, and at most this much JSON. With what is derived from a view (decoded rows, the DTOs and
 * bytes built from them) a kept view costs about four times its JSON: some 60 MB at the limit,
 * about 400 post details of 50 comments. The server keeps up to two whole post bodies beside a
 * post's comments, each about the size of their JSON again.
 */
const KEEP: KeepLimits = { views: 2_000, chars: 8_000_000 };

export interface KeepLimits {
  /** Views kept at most. */
  views: number;
  /** Characters of their JSON kept at most. */
  chars: number;
}

/** A view this process has seen: its JSON under one stamp, decoded once asked for. */
interface Known {
  stamp: string;
  json: string;
  expiresAt: number;
  value?: unknown;
}

/**
 * Versioned views over the `Cache` port, race-free without locks:
 *
 * 1. a reader looks up the versions of the view's scopes and the generation, in one round trip;
 *    a view is stored stamped with the versions it was read under, and served only when they are
 *    exactly the current ones;
 * 2. on a miss it pins a version for each scope that has none, *before* reading the database,
 *    and stores what it read stamped with those versions;
 * 3. a writer retires the versions of the scopes it touched *after* its commit, and before the
 *    write is answered, retried until the cache confirms it.
 *
 * A reader that read the database before a commit therefore stamped its view with a version that
 * the commit retires, so it can never serve what was true before a write once the write has been
 * answered. When the cache is down, reads go to the database and nothing is stored. A retirement
 * that cannot be confirmed, and any fault of the connection, call for a new generation, which
 * makes every stored view a miss; until this process has set it, it serves nothing from the cache
 * (see `CacheGeneration`).
 *
 * Since a stamp names one content for good, each process keeps the views it has seen (until their
 * TTL): a hit on an unchanged view costs one round trip for the versions and nothing else, where
 * fetching a post's comments again would move and decode some 20 kB per request. The entry itself
 * stays at the view's key, overwritten by each new version, so writes leave nothing behind.
 */
export class ViewCache {
  /** The least recently used leave first, past `keep`'s bounds. */
  private readonly known: LRUCache<string, Known>;
  /** Versions being pinned, by scope: the misses of one post's views share one `SET NX` for it. */
  private readonly pinning = new Map<string, Promise<string | null>>();
  /** Database reads under way, by view and stamp: concurrent misses of a view share one. */
  private readonly loading = new Map<string, Promise<unknown>>();
  /**
   * New versions are this process's random prefix and a count: unique across processes and
   * restarts as random ones are, without asking the system for random bytes on every miss (a
   * visible share of a post opened for the first time).
   */
  private readonly versionPrefix = randomBytes(9).toString('base64url');
  private versionsMade = 0;
  private readonly generation: CacheGeneration;
  private readonly retireBudgetMs: number;
  private readonly onLost: (scopes: readonly string[]) => void;
  private readonly onLookup: ((view: View, hit: boolean) => void) | undefined;

  constructor(
    private readonly cache: CheckedCache,
    private readonly clock: Clock,
    options: ViewCacheOptions = {},
  ) {
    const keep = options.keep ?? KEEP;
    this.retireBudgetMs = options.retireBudgetMs ?? RETIRE_BUDGET_MS;
    this.onLost = options.onLost ?? (() => undefined);
    this.onLookup = options.onLookup;
    this.generation = new CacheGeneration(cache, clock, () => this.newVersion());
    this.known = new LRUCache<string, Known>({
      max: keep.views,
      maxSize: keep.chars,
      sizeCalculation: (known) => Math.max(1, known.json.length),
    });
  }

  /**
   * The value of a hit, decoded once per view and stamp: hot views are read far more often than
   * they change, and parsing them was most of a hit's cost. Values are frozen, since every reader
   * in the process shares them.
   */
  decode<T>(view: View, hit: string, decode: (json: string) => T): T {
    const known = this.known.get(view.key);
    if (known?.json !== hit) return deepFreeze(decode(hit));
    if (!('value' in known)) known.value = deepFreeze(decode(hit));
    return known.value as T;
  }

  lookup(views: readonly View[]): Promise<Lookup> {
    return this.onLookup ? this.observed(views, this.onLookup) : this.find(views);
  }

  private async observed(views: readonly View[], onLookup: (view: View, hit: boolean) => void) {
    const found = await this.find(views);
    views.forEach((view, i) => onLookup(view, found.hits[i] != null));
    return found;
  }

  private async find(views: readonly View[]): Promise<Lookup> {
    if (!this.generation.owesNothing && !(await this.generation.trusted())) return untrusted(views);
    const scopes = scopesOf(views);
    // One round trip: the generation is read with the scopes, so a view is checked against both.
    const found = await this.cache.getMany(scopes);
    // Answered by a connection made since the check above (a reconnect counts before any answer):
    // that Redis may be older than it said, so nothing it holds is trusted until a new generation.
    if (!this.generation.owesNothing) return untrusted(views);
    // Every read of a page goes through here, several times a request: plain loops, no closures.
    const versions = new Map<string, string | null>();
    for (let i = 0; i < scopes.length; i++) versions.set(scopes[i]!, found[i] ?? null);
    const hits: (string | null)[] = new Array<string | null>(views.length).fill(null);
    let fetch: { index: number; stamp: string }[] | undefined;
    const now = this.clock.now().getTime();
    for (let i = 0; i < views.length; i++) {
      const stamp = stampOf(views[i]!, versions);
      if (stamp === null) continue;
      const known = this.known.get(views[i]!.key);
      if (known !== undefined && known.stamp === stamp && known.expiresAt > now) hits[i] = known.json;
      else (fetch ??= []).push({ index: i, stamp });
    }
    if (fetch !== undefined) {
      const entries = await this.cache.getMany(fetch.map(({ index }) => views[index]!.key));
      if (!this.generation.owesNothing) return untrusted(views);
      fetch.forEach(({ index, stamp }, j) => {
        const known = parseEntry(entries[j] ?? null, stamp);
        if (known === null) return;
        this.known.set(views[index]!.key, known);
        hits[index] = known.json;
      });
    }
    return { hits, versions };
  }

  /** Gives every scope of `views` a version (a new one where there is none), before a database read. */
  async pin(views: readonly View[], versions: Map<string, string | null>): Promise<void> {
    if (!versions.has(GENERATION)) return; // an untrusted lookup: nothing will be stored
    const scopes = scopesOf(views);
    const missing = scopes.filter((s) => !versions.get(s));
    await Promise.all(missing.map(async (scope) => versions.set(scope, await this.pinScope(scope))));
  }

  /**
   * A version for `scope`: a new one set if there is none, else the one there. A pin already under
   * way is joined: it resolves after it was set, so a read that follows it still comes after the pin.
   */
  private pinScope(scope: string): Promise<string | null> {
    let pinned = this.pinning.get(scope);
    if (pinned === undefined) {
      pinned = (async () => {
        const version = this.newVersion();
        const set = await this.cache.setIfAbsent(scope, version, SCOPE_TTL_MS);
        return set ? version : this.cache.get(scope);
      })().finally(() => this.pinning.delete(scope));
      this.pinning.set(scope, pinned);
    }
    return pinned;
  }

  /** Stores a view read after `pin`, under the stamp of the versions pinned (nothing when one is missing). */
  async store(view: View, versions: Map<string, string | null>, json: string, ttlMs: number): Promise<void> {
    const stamp = stampOf(view, versions);
    if (stamp === null) return;
    const expiresAt = this.clock.now().getTime() + ttlMs;
    await this.cache.set(view.key, `${stamp}|${expiresAt}|${json}`, ttlMs);
    this.known.set(view.key, { stamp, json, expiresAt });
  }

  /**
   * The view from the cache, or `load`ed from the database and stored (see `fill`). `encode`
   * writes what `decode` reads back; `JSON.stringify` unless the view's values call for better.
   */
  async read<T>(
    view: View,
    ttlMs: number,
    load: () => Promise<T>,
    decode: (json: string) => T,
    encode: (value: T) => string = JSON.stringify,
  ): Promise<T> {
    const { hits, versions } = await this.lookup([view]);
    const hit = hits[0];
    if (hit != null) return this.decode(view, hit, decode);
    return this.fill(view, versions, ttlMs, load, { encode });
  }

  /**
   * A view that missed under `versions`: its scopes pinned, then `load`ed from the database and
   * stored, unless `worthStoring` says otherwise. Misses of the same view under the same stamp
   * share one load, whose value is then frozen like a hit's: a write to a busy post retires its
   * views for every reader at once, and each would otherwise read the same rows again. A reader
   * joins only a load that began after the versions it found were pinned, so it gets what it would
   * have read itself. The value is stored as `encode` writes it (`JSON.stringify` by default).
   */
  async fill<T>(
    view: View,
    versions: Map<string, string | null>,
    ttlMs: number,
    load: () => Promise<T>,
    {
      encode = JSON.stringify,
      worthStoring = () => true,
    }: { encode?: (value: T) => string; worthStoring?: (value: T) => boolean } = {},
  ): Promise<T> {
    await this.pin([view], versions);
    const stamp = stampOf(view, versions);
    if (stamp === null) return load(); // the cache is down: nothing to share or store
    const flight = `${view.key}|${stamp}`;
    let loading = this.loading.get(flight) as Promise<T> | undefined;
    if (loading === undefined) {
      loading = (async () => {
        const value = await load();
        if (worthStoring(value)) await this.store(view, versions, encode(value), ttlMs);
        return deepFreeze(value);
      })().finally(() => this.loading.delete(flight));
      this.loading.set(flight, loading);
    }
    return loading;
  }

  /**
   * Every view depending on these scopes is stale once the current unit of work commits: the
   * versions are deleted after the commit, before the unit of work resolves (so before the write
   * is answered), retried until confirmed within the budget. One that cannot be confirmed is
   * reported and settled with a new generation as soon as the cache answers again; until then
   * this process serves nothing from the cache.
   */
  retire(uow: AfterCommit, scopes: readonly string[]): Promise<void> {
    return uow.afterCommit(async () => {
      // A process that already owes a new generation tries once: that generation, set once Redis
      // answers, retires this write's views too, so waiting longer would only slow the answer.
      const budget = this.generation.owesNothing ? this.retireBudgetMs : 0;
      if (await this.cache.deleteChecked(scopes, budget)) return;
      this.onLost(scopes);
      await this.generation.lose();
    });
  }

  private newVersion(): string {
    return `${this.versionPrefix}${(++this.versionsMade).toString(36)}`;
  }
}

/** An entry `stamp|expiresAt|json`, when it carries exactly `stamp`; else null (a miss). */
function parseEntry(entry: string | null, stamp: string): Known | null {
  if (entry === null || !entry.startsWith(`${stamp}|`)) return null;
  const cut = entry.indexOf('|', stamp.length + 1);
  if (cut < 0) return null;
  return { stamp, expiresAt: Number(entry.slice(stamp.length + 1, cut)), json: entry.slice(cut + 1) };
}

/** `g,v1,v2,…` for the generation and the view's scopes, or null when one has no version. */
/** No hits and no versions: nothing is served from the cache or stored in it. */
function untrusted(views: readonly View[]): Lookup {
  return { hits: new Array<string | null>(views.length).fill(null), versions: new Map() };
}

/** The generation and every scope of `views`, each once. */
function scopesOf(views: readonly View[]): string[] {
  const scopes = [GENERATION];
  for (const view of views) for (const scope of view.scopes) if (!scopes.includes(scope)) scopes.push(scope);
  return scopes;
}

function stampOf(view: View, versions: Map<string, string | null>): string | null {
  let stamp = versions.get(GENERATION);
  if (!stamp) return null;
  for (const scope of view.scopes) {
    const version = versions.get(scope);
    if (!version) return null;
    stamp += `,${version}`;
  }
  return stamp;
}
