import { DataTypes } from 'sequelize';
import { TABLE_OPTIONS, id, primaryId, reference, time, type Migration } from './migration.js';

/** Schools, departments, users, sessions and refresh tokens (stored as hashes only). */
export const identity: Migration = {
  name: '0001-identity',
  async up({ context: q }) {
    await q.createTable(
      'schools',
      { id: primaryId(), name: { type: DataTypes.STRING(50), allowNull: false } },
      TABLE_OPTIONS,
    );
    await q.addIndex('schools', ['name'], { unique: true, name: 'schools_name_unique' });

    await q.createTable(
      'departments',
      {
        id: primaryId(),
        school_id: reference('schools'),
        name: { type: DataTypes.STRING(50), allowNull: false },
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('departments', ['school_id', 'name'], {
      unique: true,
      name: 'departments_school_name_unique',
    });

    await q.createTable(
      'users',
      {
        id: primaryId(),
        username: { type: DataTypes.STRING(20), allowNull: false },
        email: { type: DataTypes.STRING(254), allowNull: false },
        nickname: { type: DataTypes.STRING(20), allowNull: false },
        role: { type: DataTypes.STRING(10), allowNull: false },
        school_id: reference('schools', 'RESTRICT', true),
        department_id: reference('departments', 'RESTRICT', true),
        password_hash: { type: DataTypes.STRING(100), allowNull: false },
        joined_at: time(),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('users', ['username'], { unique: true, name: 'users_username_unique' });
    await q.addIndex('users', ['email'], { unique: true, name: 'users_email_unique' });
    await q.addIndex('users', ['nickname'], { unique: true, name: 'users_nickname_unique' });

    await q.createTable(
      'sessions',
      { id: primaryId(), user_id: reference('users'), created_at: time(), revoked_at: time(true) },
      TABLE_OPTIONS,
    );
    await q.addIndex('sessions', ['user_id'], { name: 'sessions_user' });

    await q.createTable(
      'refresh_tokens',
      {
        hash: { type: DataTypes.CHAR(64), allowNull: false, primaryKey: true },
        session_id: { ...id(), references: { model: 'sessions', key: 'id' }, onDelete: 'CASCADE' },
        issued_at: time(),
        expires_at: time(),
        used_at: time(true),
      },
      TABLE_OPTIONS,
    );
    await q.addIndex('refresh_tokens', ['session_id'], { name: 'refresh_tokens_session' });
  },
  async down({ context: q }) {
    for (const table of ['refresh_tokens', 'sessions', 'users', 'departments', 'schools'])
      await q.dropTable(table);
  },
};
