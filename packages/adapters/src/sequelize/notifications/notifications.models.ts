import {
  DataTypes,
  Model,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

export class NotificationModel extends Model<
  InferAttributes<NotificationModel>,
  InferCreationAttributes<NotificationModel>
> {
  declare id: string;
  declare recipientId: string;
  declare type: string;
  declare text: string;
  declare postId: string | null;
  declare commentId: string | null;
  declare conversationId: string | null;
  declare createdAt: Date;
  declare readAt: Date | null;
}

/** The model of the table made by migration 0013; the schema itself comes from migrations only. */
export function initNotificationModels(sequelize: Sequelize): typeof NotificationModel {
  NotificationModel.init(
    {
      id: { type: DataTypes.CHAR(36), primaryKey: true },
      recipientId: DataTypes.CHAR(36),
      type: DataTypes.STRING(20),
      text: DataTypes.STRING(200),
      postId: DataTypes.CHAR(36),
      commentId: DataTypes.CHAR(36),
      conversationId: DataTypes.CHAR(36),
      createdAt: DataTypes.DATE(3),
      readAt: DataTypes.DATE(3),
    },
    { sequelize, tableName: 'notifications', underscored: true, timestamps: false },
  );
  return NotificationModel;
}
