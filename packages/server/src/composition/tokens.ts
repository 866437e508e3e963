import type { IdempotencyStore } from '@campus/adapters';
import type { ContainerModule } from 'inversify';

/** Tokens that only the server's composition root knows. */
export const CONFIG = Symbol.for('campus.server.Config');
export const LOGGER = Symbol.for('campus.server.Logger');

/** The storage backend's lifecycle: readiness, outage detection, closing. */
export interface Storage {
  readonly kind: 'memory' | 'sqlite' | 'mysql';
  ping(): Promise<boolean>;
  isUnavailable(error: unknown): boolean;
  close(): Promise<void>;
  /** The migrations this start applied, in order (none: the schema was up to date). */
  readonly applied: readonly string[];
  /** The connection pool, where the storage has one (MySQL). */
  readonly pool?: ConnectionPool;
}

export interface PoolStats {
  /** Connections open, busy, and the most it may open. */
  open: number;
  busy: number;
  max: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

export interface ConnectionPool {
  stats(): PoolStats;
  /** Told how long each connection took to be had, in seconds. */
  onAcquired(listener: (seconds: number) => void): void;
}

/** A storage backend, opened and migrated, with the module that binds its repositories. */
export interface OpenedStorage extends Storage {
  module: ContainerModule;
  /** Idempotency keys, kept in the same database as the writes they answer. */
  idempotency: IdempotencyStore;
}
