import { randomBytes } from 'node:crypto';
import { deepFreeze, type Cache, type UnitOfWork } from '@campus/domain';

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
  /** The current version of every scope asked for (null: none yet, or the cache is down). */
  versions: Map<string, string | null>;
}

/** Scope versions outlive the views stamped with them; an expired one only costs a miss. */
const SCOPE_TTL_MS = 15 * 60_000;
/** Decoded views kept per process, so a hit on an unchanged view parses nothing. */
const DECODED_CAPACITY = 2_000;

/**
 * Versioned views over the `Cache` port, race-free without locks:
 *
 * 1. a reader looks the view and its scopes' versions up in one round trip; the view is served
 *    only when it was stamped with exactly the current versions;
 * 2. on a miss it pins a version for each scope that has none, *before* reading the database,
 *    and stores what it read stamped with those versions;
 * 3. a writer retires the versions of the scopes it touched *after* its commit.
 *
 * A reader that read the database before a commit therefore stamped its view with a version that
 * the commit retires, so it can never serve what was true before a write once the write has been
 * answered. When the cache is down, reads go to the database and nothing is stored; a retirement
 * lost to an outage leaves a view stale for at most its TTL.
 */
export class ViewCache {
  private readonly decoded = new Map<string, { raw: string; value: unknown }>();

  constructor(private readonly cache: Cache) {}

  /**
   * The value of a hit, decoded once per distinct cached string: hot views are read far more
   * often than they change, and parsing them was most of a hit's cost. Values are frozen, since
   * every reader in the process shares them.
   */
  decode<T>(view: View, hit: string, decode: (json: string) => T): T {
    const known = this.decoded.get(view.key);
    if (known && known.raw === hit) return known.value as T;
    const value = deepFreeze(decode(hit));
    if (!known && this.decoded.size >= DECODED_CAPACITY)
      this.decoded.delete(this.decoded.keys().next().value!);
    this.decoded.set(view.key, { raw: hit, value });
    return value;
  }

  async lookup(views: readonly View[]): Promise<Lookup> {
    const scopes = [...new Set(views.flatMap((view) => view.scopes))];
    const values = await this.cache.getMany([...views.map((view) => view.key), ...scopes]);
    const versions = new Map(scopes.map((scope, i) => [scope, values[views.length + i] ?? null]));
    const hits = views.map((view, i) => {
      const raw = values[i];
      const stamp = stampOf(view, versions);
      if (!raw || stamp === null || !raw.startsWith(stamp)) return null;
      return raw.slice(stamp.length);
    });
    return { hits, versions };
  }

  /** Gives every scope of `views` a version (a new one where there is none), before a database read. */
  async pin(views: readonly View[], versions: Map<string, string | null>): Promise<void> {
    const missing = [...new Set(views.flatMap((view) => view.scopes))].filter((s) => !versions.get(s));
    await Promise.all(
      missing.map(async (scope) => {
        const version = randomBytes(9).toString('base64url');
        const set = await this.cache.setIfAbsent(scope, version, SCOPE_TTL_MS);
        versions.set(scope, set ? version : await this.cache.get(scope));
      }),
    );
  }

  /** Stores a view read after `pin`, stamped with the versions pinned (nothing when one is missing). */
  async store(view: View, versions: Map<string, string | null>, json: string, ttlMs: number): Promise<void> {
    const stamp = stampOf(view, versions);
    if (stamp !== null) await this.cache.set(view.key, stamp + json, ttlMs);
  }

  /** The view from the cache, or `load`ed from the database and stored. */
  async read<T>(view: View, ttlMs: number, load: () => Promise<T>, decode: (json: string) => T): Promise<T> {
    const { hits, versions } = await this.lookup([view]);
    const hit = hits[0];
    if (hit != null) return this.decode(view, hit, decode);
    await this.pin([view], versions);
    const value = await load();
    await this.store(view, versions, JSON.stringify(value), ttlMs);
    return value;
  }

  /** Every view depending on these scopes is stale once the current unit of work commits. */
  retire(uow: UnitOfWork, scopes: readonly string[]): Promise<void> {
    return uow.afterCommit(() => this.cache.delete(scopes));
  }
}

/** `v1,v2,…|` for the view's scopes, or null when one has no version. */
function stampOf(view: View, versions: Map<string, string | null>): string | null {
  let stamp = '';
  for (const scope of view.scopes) {
    const version = versions.get(scope);
    if (!version) return null;
    stamp += `${version},`;
  }
  return `${stamp}|`;
}
