import {
  ACCOUNT_REMOVAL,
  BOARD_ERASURE,
  CONVERSATION_REPOSITORY,
  Conversation,
  ConversationId,
  ERASED_IDS,
  MESSAGES_ERASURE,
  type Post,
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
 * A conversation may be opened to the id anonymous content is kept under after its author's
 * deletion (migration 0019), never to the account's own id once it is gone: one that races the
 * deletion is either re-keyed with the account's other conversations or refused.
 */
for (const target of SQL_TARGETS) {
  describe(`conversations racing their recipient's deletion (${target.name})`, function () {
    this.timeout(20_000);
    let adapters: SequelizeAdapters;
    let dispose: () => Promise<void>;
    let world: BoardWorld;
    let kim: User;
    let lee: User;
    let post: Post;

    beforeEach(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ adapters, dispose } = opened);
      world = new BoardWorld(portsOf(adapters));
      const school = await world.school();
      [kim, lee] = [await world.user('kim', school.id), await world.user('lee', school.id)];
      post = await world.post(await world.board(school.id), kim, { isAnonymous: true });
    });
    afterEach(async () => {
      await dispose?.();
    });

    /** The deletion as the use case runs it, held after the content is re-keyed until `release`. */
    function deleteKim() {
      let release!: () => void;
      let claimed!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const isClaimed = new Promise<void>((resolve) => (claimed = resolve));
      const ids = adapters.ports.get(ERASED_IDS);
      const removal = adapters.ports.get(ACCOUNT_REMOVAL);
      const done = adapters.unitOfWork.run(async () => {
        expect(await removal.claim(kim.id)).to.equal(true);
        await adapters.ports.get(BOARD_ERASURE).erase(kim.id, ids);
        claimed();
        await held;
        await adapters.ports.get(MESSAGES_ERASURE).erase(kim.id, ids);
        await removal.remove(kim.id);
      });
      return { isClaimed, release, done };
    }
    const openTo = (recipient: User['id']) =>
      adapters.unitOfWork.run(() =>
        adapters.ports.get(CONVERSATION_REPOSITORY).open(
          Conversation.start(
            {
              id: ConversationId(world.id()),
              subject: { kind: 'post', postId: post.id },
              starter: { userId: lee.id, isAnonymous: true, label: '익명' },
              recipient: { userId: recipient, isAnonymous: true, label: '익명' },
              about: { postId: post.id, title: post.title },
            },
            at(5),
          ),
        ),
      );
    const naming = (id: string) =>
      adapters.sql.select('SELECT id FROM conversations WHERE starter_id = :id OR recipient_id = :id', {
        id,
      });

    it('refuses one that waited for the deletion: the old id names neither an account nor content any more', async () => {
      const deletion = deleteKim();
      await deletion.isClaimed;
      const refused = codeOf(openTo(kim.id));
      // Time for the insert to reach the account's locked row (SQLite queues the unit instead).
      await new Promise((resolve) => setTimeout(resolve, 300));
      deletion.release();
      await deletion.done;
      expect(await refused).to.equal('SESSION_REVOKED');
      expect(await naming(kim.id)).to.deep.equal([]);
    });

    it('re-keys and closes one that won the race, and opens one to the kept id afterwards', async () => {
      const won = await openTo(kim.id);
      const deletion = deleteKim();
      deletion.release();
      await deletion.done;
      expect(await naming(kim.id)).to.deep.equal([]);
      expect((await adapters.ports.get(CONVERSATION_REPOSITORY).findById(won.id))?.isClosed).to.equal(true);
      const kept = (await adapters.posts.findById(post.id))!.authorId;
      const opened = await openTo(kept);
      expect(opened.id).to.not.equal(won.id);
      expect(opened.isClosed).to.equal(false);
    });
  });
}
