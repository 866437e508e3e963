import type { CreationAttributes, Model, ModelStatic, Transaction, WhereOptions } from 'sequelize';

/**
 * A statement of its own (no unit of work) that InnoDB chose as a deadlock's victim was undone
 * whole: trying it again is safe, and then it meets what the winner wrote (a unique clash, say)
 * instead of failing for a lock. Inside a unit of work the whole transaction is undone, so only
 * its caller may try again.
 */
const DEADLOCK_RETRY = { max: 3, match: [/Deadlock found/] };

/** Sequelize's retry option for a statement: the deadlock retry outside a unit of work only. */
export const retryOutside = (transaction: Transaction | undefined) =>
  transaction ? {} : { retry: DEADLOCK_RETRY };

/**
 * Inserts the row, or updates it when its id exists. Not an upsert: MySQL's ON DUPLICATE KEY
 * UPDATE fires on any unique key, so a clash on a name would overwrite another row instead of
 * failing.
 */
export async function saveById<M extends Model<{ id: string }>>(
  model: ModelStatic<M>,
  row: CreationAttributes<M> & { id: string },
  transaction: Transaction | undefined,
): Promise<void> {
  const where: WhereOptions<{ id: string }> = { id: row.id };
  const exists = await model.count({ where, transaction });
  const retry = transaction ? undefined : DEADLOCK_RETRY;
  if (exists) await model.update(row, { where, transaction, ...(retry ? { retry } : {}) });
  else await model.create(row, { transaction, ...(retry ? { retry } : {}) });
}
