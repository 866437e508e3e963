/// <reference types="mocha" />
import {
  CommentId,
  Notification,
  NotificationId,
  PostId,
  type NotificationRepository,
  type NotificationState,
  type User,
} from '@campus/domain';
import { expect } from 'chai';
import { at, withIdentityPorts, type IdentityPorts } from '../identity/identity-fixtures.js';

/** The identity ports of one store, with its notification repository. */
export interface NotificationPorts extends IdentityPorts {
  notifications: NotificationRepository;
}
/** Called before every test; ports on an empty store, or null to skip (service missing). */
export type NotificationPortsSetup = () => Promise<NotificationPorts | null>;

/** Ids that sort as they are numbered, as UUIDv7s sort by time. */
const nid = (n: number) => NotificationId(`00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`);
const ids = (states: NotificationState[]) => states.map((n) => n.id);

export function notificationsContract(name: string, setup: NotificationPortsSetup): void {
  describe(`NotificationRepository contract (${name})`, () => {
    let ports: NotificationPorts;
    const world = withIdentityPorts(async () => {
      const opened = await setup();
      if (opened) ports = opened;
      return opened;
    });
    let reader: User;
    let other: User;

    beforeEach(async () => {
      reader = await world().user(null, 'reader');
      other = await world().user(null, 'other');
    });

    /** Notification n at time n seconds (several share a time when `sameTime`). */
    const add = async (n: number, recipient = reader, time = n * 1000) => {
      const notification = Notification.create(
        {
          id: nid(n),
          recipientId: recipient.id,
          type: 'comment',
          text: `익명${n}님이 댓글을 남겼습니다`,
          target: { postId: PostId(`post-${n}`) },
        },
        at(time),
      );
      await ports.notifications.add(notification);
      return notification;
    };

    it('given notifications of two members, when one lists them, then only theirs, newest first, as stored', async () => {
      for (const n of [1, 2, 3]) await add(n);
      await add(4, other);
      const page = await ports.notifications.page(reader.id, { limit: 10, after: null }, false);
      expect(ids(page.items)).to.deep.equal([nid(3), nid(2), nid(1)]);
      expect(page.next).to.equal(null);
      expect(page.items[0]).to.deep.equal({
        id: nid(3),
        recipientId: reader.id,
        type: 'comment',
        text: '익명3님이 댓글을 남겼습니다',
        target: { postId: 'post-3' },
        createdAt: at(3000),
        readAt: null,
      });
    });

    it('given notifications sharing a time, when paged two at a time, then every one comes once, by id within a time', async () => {
      for (const n of [1, 2, 3, 4, 5]) await add(n, reader, n < 4 ? 1000 : n * 1000);
      const seen: string[] = [];
      let after = null;
      for (let i = 0; i < 5; i++) {
        const page = await ports.notifications.page(reader.id, { limit: 2, after }, false);
        seen.push(...ids(page.items));
        after = page.next;
        if (!after) break;
      }
      expect(seen).to.deep.equal([nid(5), nid(4), nid(3), nid(2), nid(1)]);
    });

    it('given some read, when asked for unread ones, then only those, and their count', async () => {
      for (const n of [1, 2, 3, 4]) await add(n);
      await add(5, other);
      await ports.notifications.markRead(reader.id, nid(2), at(10_000));
      const page = await ports.notifications.page(reader.id, { limit: 10, after: null }, true);
      expect(ids(page.items)).to.deep.equal([nid(4), nid(3)]);
      expect(await ports.notifications.unreadCount(reader.id)).to.equal(2);
      expect(await ports.notifications.unreadCount(other.id)).to.equal(1);
      const all = await ports.notifications.page(reader.id, { limit: 10, after: null }, false);
      expect(all.items.map((n) => n.readAt)).to.deep.equal([null, null, at(10_000), at(10_000)]);
    });

    it('given an upTo that is not mine, when marking read, then nothing is marked', async () => {
      await add(1);
      await add(2, other);
      await ports.notifications.markRead(reader.id, nid(2), at(10_000));
      await ports.notifications.markRead(reader.id, nid(99), at(10_000));
      expect(await ports.notifications.unreadCount(reader.id)).to.equal(1);
      expect(await ports.notifications.unreadCount(other.id)).to.equal(1);
    });

    it('given no upTo, when marking read, then all of mine are read, and a second time changes no time', async () => {
      for (const n of [1, 2]) await add(n);
      await add(3, other);
      await ports.notifications.markRead(reader.id, null, at(10_000));
      await ports.notifications.markRead(reader.id, null, at(20_000));
      expect(await ports.notifications.unreadCount(reader.id)).to.equal(0);
      expect(await ports.notifications.unreadCount(other.id)).to.equal(1);
      const page = await ports.notifications.page(reader.id, { limit: 10, after: null }, false);
      expect(page.items.map((n) => n.readAt)).to.deep.equal([at(10_000), at(10_000)]);
    });

    it('given a last seen id, when asked what came after, then the later ones oldest first; null for an id not mine', async () => {
      for (const n of [1, 2, 3, 4]) await add(n, reader, n < 3 ? 1000 : n * 1000);
      await add(5, other);
      expect(ids((await ports.notifications.after(reader.id, nid(1), 10))!)).to.deep.equal([
        nid(2),
        nid(3),
        nid(4),
      ]);
      expect(ids((await ports.notifications.after(reader.id, nid(2), 1))!)).to.deep.equal([nid(3)]);
      expect(ids((await ports.notifications.after(reader.id, null, 10))!)).to.deep.equal([
        nid(1),
        nid(2),
        nid(3),
        nid(4),
      ]);
      expect(await ports.notifications.after(reader.id, nid(4), 0)).to.deep.equal([]);
      expect(await ports.notifications.after(reader.id, nid(5), 10)).to.equal(null);
      expect(await ports.notifications.after(reader.id, nid(99), 10)).to.equal(null);
    });

    it('given a unit of work that fails after adding, then the notification is not there', async () => {
      let message = '';
      await ports.uow
        .run(async () => {
          await add(1);
          throw new Error('later step failed');
        })
        .catch((error: unknown) => {
          message = (error as Error).message;
        });
      expect(message).to.equal('later step failed');
      expect(await ports.notifications.unreadCount(reader.id)).to.equal(0);
    });

    it('keeps every target field, and leaves out the ones not given', async () => {
      await ports.notifications.add(
        Notification.create(
          {
            id: nid(7),
            recipientId: reader.id,
            type: 'reply',
            text: 'x',
            target: { postId: PostId('p'), commentId: CommentId('c'), conversationId: 'v' },
          },
          at(0),
        ),
      );
      await ports.notifications.add(
        Notification.create(
          { id: nid(8), recipientId: reader.id, type: 'hot', text: 'y', target: {} },
          at(1),
        ),
      );
      const page = await ports.notifications.page(reader.id, { limit: 10, after: null }, false);
      expect(page.items.map((n) => n.target)).to.deep.equal([
        {},
        { postId: 'p', commentId: 'c', conversationId: 'v' },
      ]);
    });

    it('given notifications of two members before and after a cutoff, when pruned two at a time, then the oldest go first, only those before it, and the lists and counts show the rest', async () => {
      for (const n of [1, 2, 3, 4, 5]) await add(n);
      await add(6, other, 2500);
      await add(7, reader, 10_000);
      await ports.notifications.markRead(reader.id, nid(3), at(20_000));
      expect(await ports.notifications.unreadCount(reader.id)).to.equal(3);
      const cutoff = at(5000);
      expect(await ports.notifications.pruneBefore(cutoff, 2)).to.equal(2);
      expect(
        ids((await ports.notifications.page(reader.id, { limit: 10, after: null }, false)).items),
      ).to.deep.equal([nid(7), nid(5), nid(4), nid(3)]);
      expect(await ports.notifications.pruneBefore(cutoff, 2)).to.equal(2);
      expect(
        (await ports.notifications.page(other.id, { limit: 10, after: null }, false)).items,
      ).to.deep.equal([]);
      expect(await ports.notifications.pruneBefore(cutoff, 2)).to.equal(1);
      expect(await ports.notifications.pruneBefore(cutoff, 2)).to.equal(0);
      // The one made at the cutoff itself is kept.
      expect(
        ids((await ports.notifications.page(reader.id, { limit: 10, after: null }, false)).items),
      ).to.deep.equal([nid(7), nid(5)]);
      expect(await ports.notifications.unreadCount(reader.id)).to.equal(2);
      expect(ids((await ports.notifications.after(reader.id, null, 10))!)).to.deep.equal([nid(5), nid(7)]);
      expect(await ports.notifications.after(reader.id, nid(1), 10)).to.equal(null);
    });
  });
}
