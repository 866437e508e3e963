import { Board, BoardId, Post, PostId, School, SchoolId, User, UserId } from '@campus/domain';
import { expect } from 'chai';
import { MIGRATIONS, type SequelizeAdapters } from '../../src/sequelize/index.js';
import { SQL_TARGETS } from './sql-targets.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const migration = MIGRATIONS.find((m) => m.name === '0014-account-deletion')!;
const id = (n: number) => `0190d000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

for (const target of SQL_TARGETS) {
  describe(`migration 0014-account-deletion (${target.name})`, () => {
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

    const post = (n: number, authorId: string) =>
      Post.create(
        {
          id: PostId(id(n)),
          boardId: BoardId(id(2)),
          schoolId: SchoolId(id(1)),
          authorId: UserId(authorId),
          title: 'A title',
          content: 'Some content',
          isAnonymous: true,
          isQuestion: false,
        },
        T0,
      );

    it('given rows from before it, when undone and done again, then they are all kept, and a row for no account is refused only after', async () => {
      await adapters.schools.save(School.create({ id: SchoolId(id(1)), name: 'U' }));
      await adapters.boards.save(
        Board.create({ id: BoardId(id(2)), schoolId: SchoolId(id(1)), name: 'B', description: '' }, T0),
      );
      const user = User.create(
        {
          id: UserId(id(3)),
          username: 'user_a',
          email: 'a@example.com',
          nickname: 'alpha',
          schoolId: SchoolId(id(1)),
          departmentId: null,
          passwordHash: 'x',
        },
        T0,
      );
      await adapters.users.add(user);
      await adapters.posts.save(post(4, user.id));
      await adapters.postLikes.add(PostId(id(4)), user.id, T0);

      const q = adapters.sequelize.getQueryInterface();
      await migration.down({ context: q });
      // Before it: a foreign key refuses a row for no account (read as the account gone, too).
      const refused = await adapters.posts.save(post(5, id(99))).then(
        () => 'saved',
        (error: unknown) => (error as { code?: string }).code,
      );
      expect(refused).to.equal('SESSION_REVOKED');
      await migration.up({ context: q });

      expect((await adapters.posts.findById(PostId(id(4))))!.snapshot().likeCount).to.equal(1);
      const moved = await adapters.sequelize.query(
        `UPDATE post_likes SET user_id = '${id(98)}' WHERE post_id = '${id(4)}'`,
      );
      expect(moved).to.not.equal(null);
      const code = await adapters.posts.save(post(6, id(99))).then(
        () => 'saved',
        (error: unknown) => (error as { code?: string }).code,
      );
      expect(code).to.equal('SESSION_REVOKED');
      expect(await adapters.posts.save(post(7, user.id))).to.equal(true);
    });
  });
}
