import type { CreationAttributes, Model, ModelStatic, Transaction, WhereOptions } from 'sequelize';

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
  if (exists) await model.update(row, { where, transaction });
  else await model.create(row, { transaction });
}
