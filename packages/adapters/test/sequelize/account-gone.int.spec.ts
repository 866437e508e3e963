import {
  ACCOUNT_REMOVAL,
  Block,
  BlockId,
  NOTIFICATION_REPOSITORY,
  Notification,
  NotificationId,
  PASSWORD_RESET_TOKEN_REPOSITORY,
  PasswordResetToken,
  type User,
} from '@campus/domain';
import { expect } from 'chai';
import type { SequelizeAdapters } from '../../src/sequelize/index.js';
import { at } from '../../src/testing/board/board-fixtures.js';
import { codeOf } from '../../src/testing/identity/identity-fixtures.js';
import { BoardWorld } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

/**
 * Writes of an account that race its deletion, on tables that keep their foreign key to `users`:
 * the key refuses them, and the refusal is the account's session ending (SESSION_REVOKED, 401),
 * never a raw constraint error (500).
 */
for (const target of SQL_TARGETS) {
  describe(`writes naming a deleted account (${target.name})`, () => {
    let adapters: SequelizeAdapters;
    let dispose: () => Promise<void>;
    let world: BoardWorld;
    let gone: User;
    let live: User;

    beforeEach(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ adapters, dispose } = opened);
      world = new BoardWorld(portsOf(adapters));
      const school = await world.school();
      gone = await world.user('gone', school.id);
      live = await world.user('live', school.id);
      const removal = adapters.ports.get(ACCOUNT_REMOVAL);
      await adapters.unitOfWork.run(async () => {
        expect(await removal.claim(gone.id)).to.equal(true);
        await removal.remove(gone.id);
      });
    });
    afterEach(async () => {
      await dispose?.();
    });

    it('refuses a scrap, in a unit of work or not, with SESSION_REVOKED', async () => {
      const board = await world.board((await world.school()).id);
      const post = await world.post(board, live, { isAnonymous: false });
      expect(await codeOf(adapters.scraps.add(post.id, gone.id, at(1)))).to.equal('SESSION_REVOKED');
      expect(
        await codeOf(adapters.unitOfWork.run(() => adapters.scraps.add(post.id, gone.id, at(1)))),
      ).to.equal('SESSION_REVOKED');
      expect((await adapters.posts.findById(post.id))?.scrapCount).to.equal(0);
    });

    it('refuses a block by the deleted account with SESSION_REVOKED', async () => {
      const block = Block.create(
        {
          id: BlockId(world.id()),
          blockerId: gone.id,
          target: { kind: 'user', userId: live.id },
          label: 'x',
        },
        at(1),
      );
      expect(await codeOf(adapters.blocks.add(block))).to.equal('SESSION_REVOKED');
    });

    it('drops a notification for the deleted account (the writer goes on) and refuses its reset token with SESSION_REVOKED', async () => {
      const notifications = adapters.ports.get(NOTIFICATION_REPOSITORY);
      const notification = Notification.create(
        { id: NotificationId(world.id()), recipientId: gone.id, type: 'moderation', text: 't', target: {} },
        at(1),
      );
      await adapters.unitOfWork.run(() => notifications.add(notification));
      expect((await notifications.page(gone.id, { limit: 5, after: null }, false)).items).to.deep.equal([]);
      const tokens = adapters.ports.get(PASSWORD_RESET_TOKEN_REPOSITORY);
      expect(await codeOf(tokens.add(PasswordResetToken.issue(gone.id, 'h'.repeat(64), at(1))))).to.equal(
        'SESSION_REVOKED',
      );
    });
  });
}
