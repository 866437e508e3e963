import { NicknameTaken, School, SchoolId, User, UserId } from '@campus/domain';
import { expect } from 'chai';
import { MIGRATIONS, type SequelizeAdapters } from '../../src/sequelize/index.js';
import { SQL_TARGETS } from './sql-targets.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const migration = MIGRATIONS.find((m) => m.name === '0006-identity-input')!;

for (const target of SQL_TARGETS) {
  describe(`migration 0006-identity-input (${target.name})`, () => {
    let opened: Awaited<ReturnType<typeof target.open>>;
    let adapters: SequelizeAdapters;
    beforeEach(async function () {
      opened = await target.open({}, { altersSchema: true });
      if (!opened) return this.skip();
      adapters = opened.adapters;
    });
    afterEach(async () => {
      await opened?.dispose();
    });

    const keys = () =>
      adapters.sequelize.query('SELECT username, nickname_key FROM users ORDER BY username', {
        type: 'SELECT' as never,
      }) as unknown as Promise<{ username: string; nickname_key: string }[]>;

    it('given users from before it, look-alikes among them, when migrated, then each gets a key, the earlier one the plain key, and no new look-alike gets in', async () => {
      const school = School.create({ id: SchoolId('0190c000-0000-7000-8000-000000000001'), name: 'U' });
      await adapters.schools.save(school);
      await migration.down({ context: adapters.sequelize.getQueryInterface() });
      const rows: [string, string, string, number][] = [
        ['0190c000-0000-7000-8000-000000000011', 'user_a', 'Nick', 1],
        ['0190c000-0000-7000-8000-000000000012', 'user_b', 'ｎｉｃｋ', 2],
        ['0190c000-0000-7000-8000-000000000013', 'user_c', '새내기', 3],
      ];
      for (const [id, username, nickname, second] of rows) {
        await adapters.sequelize.query(
          `INSERT INTO users (id, username, email, nickname, role, school_id, department_id, password_hash, joined_at)
           VALUES (:id, :username, :email, :nickname, 'user', :school, NULL, 'x', :joinedAt)`,
          {
            replacements: {
              id,
              username,
              nickname,
              email: `${username}@example.com`,
              school: school.id,
              joinedAt: new Date(T0.getTime() + second * 1000).toISOString().slice(0, 23).replace('T', ' '),
            },
          },
        );
      }
      await migration.up({ context: adapters.sequelize.getQueryInterface() });

      expect(await keys()).to.deep.equal([
        { username: 'user_a', nickname_key: 'nick' },
        { username: 'user_b', nickname_key: `nick#${rows[1]![0]}` },
        { username: 'user_c', nickname_key: '새내기' },
      ]);
      expect((await adapters.users.findByUsername('user_b'))?.nickname).to.equal('ｎｉｃｋ');
      const newcomer = User.create(
        {
          id: UserId('0190c000-0000-7000-8000-000000000021'),
          username: 'user_d',
          email: 'user_d@example.com',
          nickname: 'NICK',
          schoolId: school.id,
          departmentId: null,
          passwordHash: 'x',
        },
        T0,
      );
      const saving = adapters.users.add(newcomer);
      expect(
        await saving.then(
          () => null,
          (error: unknown) => error,
        ),
      ).to.be.instanceOf(NicknameTaken);
    });
  });
}
