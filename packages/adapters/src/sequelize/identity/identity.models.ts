import {
  DataTypes,
  Model,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

export class SchoolModel extends Model<InferAttributes<SchoolModel>, InferCreationAttributes<SchoolModel>> {
  declare id: string;
  declare name: string;
  /** A JSON array of lower-case domains (migration 0009); null in rows made before it. */
  declare emailDomains: string | null;
}

export class DepartmentModel extends Model<
  InferAttributes<DepartmentModel>,
  InferCreationAttributes<DepartmentModel>
> {
  declare id: string;
  declare schoolId: string;
  declare name: string;
}

export class UserModel extends Model<InferAttributes<UserModel>, InferCreationAttributes<UserModel>> {
  declare id: string;
  declare username: string;
  declare email: string;
  declare nickname: string;
  /** `Nickname.key(nickname)`, under a unique index: look-alike nicknames collide there. */
  declare nicknameKey: string;
  declare role: string;
  declare schoolId: string | null;
  declare departmentId: string | null;
  declare passwordHash: string;
  declare joinedAt: Date;
  declare verifiedAt: Date | null;
  declare restrictedUntil: Date | null;
  declare restrictionReason: string | null;
}

export interface IdentityModels {
  School: typeof SchoolModel;
  Department: typeof DepartmentModel;
  User: typeof UserModel;
}

const id = { type: DataTypes.CHAR(36), primaryKey: true };
const options = (sequelize: Sequelize, tableName: string) => ({
  sequelize,
  tableName,
  underscored: true,
  timestamps: false,
});

/** Models of the tables made by migration 0001; the schema itself comes from migrations only. */
export function initIdentityModels(sequelize: Sequelize): IdentityModels {
  SchoolModel.init(
    { id, name: DataTypes.STRING(50), emailDomains: DataTypes.TEXT },
    options(sequelize, 'schools'),
  );
  DepartmentModel.init(
    { id, schoolId: DataTypes.CHAR(36), name: DataTypes.STRING(50) },
    options(sequelize, 'departments'),
  );
  UserModel.init(
    {
      id,
      username: DataTypes.STRING(20),
      email: DataTypes.STRING(254),
      nickname: DataTypes.STRING(20),
      nicknameKey: DataTypes.STRING(400),
      role: DataTypes.STRING(10),
      schoolId: DataTypes.CHAR(36),
      departmentId: DataTypes.CHAR(36),
      passwordHash: DataTypes.STRING(100),
      joinedAt: DataTypes.DATE(3),
      verifiedAt: DataTypes.DATE(3),
      restrictedUntil: DataTypes.DATE(3),
      restrictionReason: DataTypes.STRING(500),
    },
    options(sequelize, 'users'),
  );
  return {
    School: SchoolModel,
    Department: DepartmentModel,
    User: UserModel,
  };
}
