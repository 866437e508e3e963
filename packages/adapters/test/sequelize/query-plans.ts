import { QueryTypes, type Sequelize } from 'sequelize';
import type { StatementCounter } from '../../src/testing/index.js';

/** One row of MySQL's EXPLAIN: the table read, how, by which key, and what else it did. */
export interface PlanRow {
  table: string | null;
  type: string | null;
  key: string | null;
  Extra: string | null;
}

/** The plans of every statement `read` sends (EXPLAINed as the counter logged them), and how many it sent. */
export async function explainReads(
  sequelize: Sequelize,
  counter: StatementCounter,
  read: () => Promise<unknown>,
): Promise<{ rows: PlanRow[]; count: number }> {
  const { statements, count } = await counter.during(read);
  const rows: PlanRow[] = [];
  for (const logged of statements) {
    const sql = logged.replace(/^Executing \([^)]*\): /, '');
    rows.push(...(await sequelize.query<PlanRow>(`EXPLAIN ${sql}`, { type: QueryTypes.SELECT })));
  }
  return { rows, count };
}
