import { DataTypes, type QueryInterface } from 'sequelize';

export interface Migration {
  name: string;
  up(params: { context: QueryInterface }): Promise<void>;
  down(params: { context: QueryInterface }): Promise<void>;
}

/** InnoDB, utf8mb4 and binary collation on MySQL: emoji and Hangul fit, and uniqueness and
 * ordering compare exactly, as they do on SQLite and in memory. Searches lowercase explicitly. */
export const TABLE_OPTIONS = { engine: 'InnoDB', charset: 'utf8mb4', collate: 'utf8mb4_bin' } as const;

export const id = () => ({ type: DataTypes.CHAR(36), allowNull: false });
export const primaryId = () => ({ ...id(), primaryKey: true });
export const time = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
export const reference = (
  table: string,
  onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL' = 'CASCADE',
  allowNull = false,
) => ({
  type: DataTypes.CHAR(36),
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
});
