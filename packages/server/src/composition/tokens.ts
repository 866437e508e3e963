import type { IdempotencyStore } from '@campus/adapters/idempotency';
import { token, type Token } from '@campus/domain';
import type { ContainerModule } from 'inversify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';

/** Tokens that only the server's composition root knows. */
export const CONFIG: Token<Config> = token('server.Config');
export const LOGGER: Token<Logger> = token('server.Logger');

/** The storage backend's lifecycle: readiness, outage detection, closing. */
export interface Storage {
  readonly kind: 'memory' | 'sqlite' | 'mysql';
  ping(): Promise<boolean>;
  isUnavailable(error: unknown): boolean;
  close(): Promise<void>;
  /** The migrations this start applied, in order (none: the schema was up to date). */
  readonly applied: readonly string[];
  /** The connection pools by name, where the storage has them (MySQL: `reads` and `units`). */
  readonly pools?: Readonly<Record<string, ConnectionPool>>;
}

export interface PoolStats {
  /** The most connections the pool opens. */
  max: number;
  /** Connections lent out now. */
  busy: number;
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
