import {
  DataTypes,
  Model,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

export class VerificationCodeModel extends Model<
  InferAttributes<VerificationCodeModel>,
  InferCreationAttributes<VerificationCodeModel>
> {
  declare userId: string;
  declare email: string;
  declare codeHash: string;
  declare createdAt: Date;
  declare expiresAt: Date;
  declare triesLeft: number;
}

/** The model of the table made by migration 0009; the schema itself comes from migrations only. */
export function initVerificationModels(sequelize: Sequelize): typeof VerificationCodeModel {
  VerificationCodeModel.init(
    {
      userId: { type: DataTypes.CHAR(36), primaryKey: true },
      email: DataTypes.STRING(254),
      codeHash: DataTypes.CHAR(64),
      createdAt: DataTypes.DATE(3),
      expiresAt: DataTypes.DATE(3),
      triesLeft: DataTypes.INTEGER,
    },
    { sequelize, tableName: 'verification_codes', underscored: true, timestamps: false },
  );
  return VerificationCodeModel;
}
