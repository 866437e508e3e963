import { token, type Token } from './token.js';
/** The current time. Production reads the system clock; tests use a fixed or stepping clock. */
export interface Clock {
  now(): Date;
}
export const CLOCK: Token<Clock> = token('Clock');

/** New, unique, time-ordered ids (UUIDv7 in production, sequential in tests). */
export interface IdGenerator {
  next(): string;
  /**
   * Whether `id` is spelled as this generator spells the ids it issues. Every id has exactly one
   * such spelling, so any other (padded, upper-cased, over-long) names nothing, and is answered
   * without asking a store whose comparison might pad or fold it into an existing id.
   */
  isCanonical(id: string): boolean;
}
export const ID_GENERATOR: Token<IdGenerator> = token('IdGenerator');

/**
 * Runs work atomically: every repository call made inside `run` (in the same async flow) joins
 * one transaction that commits when `work` resolves and rolls back when it rejects.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}
export const UNIT_OF_WORK: Token<UnitOfWork> = token('UnitOfWork');
