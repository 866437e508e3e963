import type { Sequelize } from 'sequelize';
import { onStatement } from '../sequelize/database.js';

/**
 * Counts the SQL statements a Sequelize sends, so a test can pin a read to a fixed number of
 * queries whatever the number of rows (the N+1 guard). Either pass `onQuery` to
 * `createSequelize` / `SequelizeAdapters.open`, or attach one to a running instance with
 * `countStatements(sequelize)`.
 */
export class StatementCounter {
  private statements: string[] = [];
  readonly onQuery = (sql: string): void => {
    this.statements.push(sql);
  };

  get count(): number {
    return this.statements.length;
  }

  get log(): readonly string[] {
    return this.statements;
  }

  reset(): void {
    this.statements = [];
  }

  /** Counts the statements that `work` sends. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
    this.reset();
    const result = await work();
    return { result, count: this.statements.length, statements: [...this.statements] };
  }
}

/**
 * Starts counting the statements of an existing Sequelize (one made by `createSequelize`),
 * keeping any listener it already had.
 */
export function countStatements(sequelize: Sequelize): StatementCounter {
  const counter = new StatementCounter();
  onStatement(sequelize, counter.onQuery);
  return counter;
}
