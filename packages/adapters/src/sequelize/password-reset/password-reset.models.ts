import {
  DataTypes,
  Model,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

export class PasswordResetTokenModel extends Model<
  InferAttributes<PasswordResetTokenModel>,
  InferCreationAttributes<PasswordResetTokenModel>
> {
  declare tokenHash: string;
  declare userId: string;
  declare createdAt: Date;
  declare expiresAt: Date;
  declare usedAt: Date | null;
}

/** The model of the table made by migration 0008; the schema itself comes from migrations only. */
export function initPasswordResetModels(sequelize: Sequelize): typeof PasswordResetTokenModel {
  PasswordResetTokenModel.init(
    {
      tokenHash: { type: DataTypes.CHAR(64), primaryKey: true },
      userId: DataTypes.CHAR(36),
      createdAt: DataTypes.DATE(3),
      expiresAt: DataTypes.DATE(3),
      usedAt: DataTypes.DATE(3),
    },
    { sequelize, tableName: 'password_reset_tokens', underscored: true, timestamps: false },
  );
  return PasswordResetTokenModel;
}
