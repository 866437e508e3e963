/// <reference types="mocha" />
import {
  Conversation,
  ConversationId,
  Message,
  MessageId,
  PostId,
  UserId,
  type AccountErasure,
  type ConversationRepository,
  type ConversationSubject,
  type MessageReportRepository,
  type User,
} from '@campus/domain';
import { expect } from 'chai';
import {
  T0,
  at,
  codeOf,
  withIdentityPorts,
  type IdentityPorts,
  type IdentityWorld,
} from '../identity/identity-fixtures.js';

/** The identity ports of one store, with its conversation and message-report repositories. */
export interface MessagesPorts extends IdentityPorts {
  conversations: ConversationRepository;
  messageReports: MessageReportRepository;
  /** The messages' step of deleting an account (`MESSAGES_ERASURE`). */
  erasure: AccountErasure;
  /**
   * An id that content is kept under after its author deleted their account (ADR 18): no account
   * has it, and a stored post (where the store checks it) has it as its author.
   */
  keptAuthor(): Promise<UserId>;
}
/** Called before every test; ports on an empty store, or null to skip (service missing). */
export type MessagesPortsSetup = () => Promise<MessagesPorts | null>;

const POST = PostId('0190b000-0000-7000-8000-0000000000aa');

export function messagesContract(name: string, setup: MessagesPortsSetup): void {
  describe(`ConversationRepository contract (${name})`, () => {
    let ports: MessagesPorts;
    const world = withIdentityPorts(async () => {
      const opened = await setup();
      if (opened) ports = opened;
      return opened;
    });
    let a: User;
    let b: User;
    let c: User;

    beforeEach(async () => {
      [a, b, c] = [
        await world().user(null, 'a'),
        await world().user(null, 'b'),
        await world().user(null, 'c'),
      ];
    });

    const start = (
      w: IdentityWorld,
      from: User,
      to: Pick<User, 'id'>,
      {
        anonymous = false,
        subject = { kind: 'user' },
        now = T0,
      }: { anonymous?: boolean; subject?: ConversationSubject; now?: Date } = {},
    ) =>
      Conversation.start(
        {
          id: ConversationId(w.id()),
          subject,
          starter: { userId: from.id, isAnonymous: anonymous, label: anonymous ? '익명' : null },
          recipient: {
            userId: to.id,
            isAnonymous: subject.kind !== 'user',
            label: subject.kind !== 'user' ? '익명3' : null,
          },
          about: subject.kind === 'user' ? null : { postId: POST, title: '제목' },
        },
        now,
      );
    const message = (w: IdentityWorld, conversation: Conversation, from: User, ms: number, content = 'hi') =>
      Message.create(
        { id: MessageId(w.id()), conversationId: conversation.id, senderId: from.id, content },
        at(ms),
      );
    const say = async (conversation: Conversation, from: User, ms: number, content = 'hi') => {
      const m = message(world(), conversation, from, ms, content);
      await ports.uow.run(() => ports.conversations.addMessage(m));
      return m;
    };
    const open = (conversation: Conversation) => ports.uow.run(() => ports.conversations.open(conversation));

    it('opens a conversation once per key, each side’s anonymity and what it is about included', async () => {
      const first = await open(start(world(), a, b));
      expect((await open(start(world(), a, b))).id).to.equal(first.id);
      expect((await open(start(world(), b, a))).id, 'a username conversation, whoever starts it').to.equal(
        first.id,
      );
      expect((await open(start(world(), a, b, { anonymous: true }))).id).to.not.equal(first.id);
      const aboutPost = await open(start(world(), a, b, { subject: { kind: 'post', postId: POST } }));
      expect(aboutPost.id).to.not.equal(first.id);
      const stored = await ports.conversations.findById(aboutPost.id);
      expect(stored?.snapshot()).to.deep.equal(aboutPost.snapshot());
      expect(stored?.peerOf(a.id)).to.deep.equal({ userId: b.id, isAnonymous: true, label: '익명3' });
    });

    it('gives every racing first message the one conversation the unique index kept, none lost', async () => {
      const w = world();
      const sent = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          ports.uow.run(async () => {
            const opened = await ports.conversations.open(start(w, a, c));
            await ports.conversations.addMessage(message(w, opened, a, 1000 + i));
            return opened.id;
          }),
        ),
      );
      expect(new Set(sent).size).to.equal(1);
      const page = await ports.conversations.listMessages(sent[0]!, { limit: 10, after: null });
      expect(page.items).to.have.length(6);
      const [listed] = (await ports.conversations.listFor(c.id, { limit: 5, after: null })).items;
      expect(listed?.unreadCount).to.equal(6);
      expect(listed?.lastMessage?.sentAt).to.deep.equal(at(1005));
    });

    it('keeps the last message, each member’s unread count, and lists for both, newest first', async () => {
      const ab = await open(start(world(), a, b));
      const ac = await open(start(world(), a, c));
      await say(ab, a, 1000, 'first');
      await say(ab, a, 2000, 'second');
      await say(ac, c, 3000, 'from c');
      const mine = await ports.conversations.listFor(a.id, { limit: 10, after: null });
      expect(mine.items.map((l) => l.id)).to.deep.equal([ac.id, ab.id]);
      expect(mine.items[1]).to.deep.include({ unreadCount: 0, listedAt: at(2000), createdAt: T0 });
      expect(mine.items[1]?.lastMessage).to.deep.equal({ content: 'second', sentAt: at(2000), isMine: true });
      expect(mine.items[1]?.peer).to.deep.equal({
        isAnonymous: false,
        label: null,
        user: { id: b.id, username: b.username, nickname: b.nickname },
      });
      expect(mine.items[0]).to.deep.include({ unreadCount: 1 });
      const theirs = await ports.conversations.listFor(b.id, { limit: 10, after: null });
      expect(theirs.items.map((l) => [l.id, l.unreadCount])).to.deep.equal([[ab.id, 2]]);
      expect(await ports.conversations.markRead(ab.id, b.id)).to.equal(true);
      expect(
        (await ports.conversations.listFor(b.id, { limit: 10, after: null })).items[0]?.unreadCount,
      ).to.equal(0);
    });

    it('never reads the account of an anonymous side into a list', async () => {
      const conversation = await open(
        start(world(), a, b, { anonymous: true, subject: { kind: 'post', postId: POST } }),
      );
      await say(conversation, a, 1000);
      const [forB] = (await ports.conversations.listFor(b.id, { limit: 5, after: null })).items;
      expect(forB?.peer).to.deep.equal({ isAnonymous: true, label: '익명', user: null });
      const [forA] = (await ports.conversations.listFor(a.id, { limit: 5, after: null })).items;
      expect(forA?.peer).to.deep.equal({ isAnonymous: true, label: '익명3', user: null });
      expect(forA?.about).to.deep.equal({ postId: POST, title: '제목' });
    });

    it('pages a member’s list by (listedAt, id), ties included', async () => {
      const others = [b, c, await world().user(null, 'd'), await world().user(null, 'e')];
      const ids: string[] = [];
      for (const other of others) {
        const conversation = await open(start(world(), a, other));
        await say(conversation, other, 5000);
        ids.push(conversation.id);
      }
      const first = await ports.conversations.listFor(a.id, { limit: 3, after: null });
      const rest = await ports.conversations.listFor(a.id, { limit: 3, after: first.next });
      expect([...first.items, ...rest.items].map((l) => l.id)).to.deep.equal([...ids].reverse());
      expect(first.next).to.deep.equal({ value: at(5000).getTime(), id: ids[1] });
      expect(rest.next).to.equal(null);
    });

    it('hides a conversation from one member until its next message', async () => {
      const conversation = await open(start(world(), a, b));
      await say(conversation, a, 1000);
      expect(await ports.conversations.hide(conversation.id, b.id)).to.equal(true);
      expect((await ports.conversations.listFor(b.id, { limit: 5, after: null })).items).to.deep.equal([]);
      expect((await ports.conversations.listFor(a.id, { limit: 5, after: null })).items).to.have.length(1);
      await say(conversation, a, 2000, 'back');
      const [back] = (await ports.conversations.listFor(b.id, { limit: 5, after: null })).items;
      expect(back?.lastMessage?.content).to.equal('back');
      expect(back?.unreadCount).to.equal(2);
    });

    it('answers false for a member who is not in the conversation, and changes nothing', async () => {
      const conversation = await open(start(world(), a, b));
      await say(conversation, a, 1000);
      expect(await ports.conversations.markRead(conversation.id, c.id)).to.equal(false);
      expect(await ports.conversations.hide(conversation.id, c.id)).to.equal(false);
      expect(await ports.conversations.hide(ConversationId('nothing'), a.id)).to.equal(false);
      expect((await ports.conversations.listFor(c.id, { limit: 5, after: null })).items).to.deep.equal([]);
    });

    it('pages messages newest first by (sentAt, id), and finds one by id', async () => {
      const conversation = await open(start(world(), a, b));
      const sent = [
        await say(conversation, a, 1000),
        await say(conversation, b, 1000),
        await say(conversation, a, 2000),
      ];
      const first = await ports.conversations.listMessages(conversation.id, { limit: 2, after: null });
      const rest = await ports.conversations.listMessages(conversation.id, { limit: 2, after: first.next });
      expect([...first.items, ...rest.items].map((m) => m.id)).to.deep.equal([
        sent[2]!.id,
        sent[1]!.id,
        sent[0]!.id,
      ]);
      expect(rest.next).to.equal(null);
      expect((await ports.conversations.findMessage(sent[1]!.id))?.snapshot()).to.deep.equal(
        sent[1]!.snapshot(),
      );
      expect(await ports.conversations.findMessage(MessageId('nothing'))).to.equal(null);
    });

    it('closes a deleted member’s conversations: kept for the other, re-keyed per conversation, never reused nor written to', async () => {
      const named = await open(start(world(), a, b));
      const anonymous = await open(start(world(), b, a, { anonymous: true }));
      const untouched = await open(start(world(), a, c));
      const fromA = await say(named, a, 1000);
      const fromB = await say(named, b, 2000);
      await say(anonymous, b, 3000);
      await ports.messageReports.add(fromA.id, b.id, 'spam', at(2500));
      const fresh: UserId[] = [];
      const ids = { next: () => (fresh.push(UserId(world().id())), fresh.at(-1)!) };
      await ports.uow.run(() => ports.erasure.erase(b.id, ids));

      const kept = (await ports.conversations.findById(named.id))!;
      const keptAnonymous = (await ports.conversations.findById(anonymous.id))!;
      expect([kept.isClosed, keptAnonymous.isClosed]).to.deep.equal([true, true]);
      // Closed at its last message's time, never the deletion's.
      expect(kept.snapshot().closedAt).to.deep.equal(at(2000));
      const side = kept.peerOf(a.id)!;
      const anonymousSide = keptAnonymous.peerOf(a.id)!;
      expect(side).to.deep.equal({ userId: side.userId, isAnonymous: false, label: null });
      expect(anonymousSide).to.deep.equal({ userId: anonymousSide.userId, isAnonymous: true, label: '익명' });
      expect(fresh).to.include(side.userId).and.include(anonymousSide.userId);
      expect(side.userId).to.not.equal(anonymousSide.userId);
      expect(await world().ports.users.findManyByIds([side.userId, anonymousSide.userId])).to.deep.equal([]);
      const senders = (await ports.conversations.listMessages(named.id, { limit: 9, after: null })).items.map(
        (m) => [m.id, m.senderId],
      );
      expect(senders).to.deep.equal([
        [fromB.id, side.userId],
        [fromA.id, a.id],
      ]);
      expect((await ports.conversations.findById(untouched.id))?.isClosed).to.equal(false);

      const listed = (await ports.conversations.listFor(a.id, { limit: 9, after: null })).items;
      expect(listed.map((c) => [c.id, c.peer])).to.deep.include.members([
        [named.id, { isAnonymous: false, label: null, user: null }],
        [anonymous.id, { isAnonymous: true, label: '익명', user: null }],
      ]);
      expect((await ports.conversations.listFor(b.id, { limit: 9, after: null })).items).to.deep.equal([]);
      expect(await ports.conversations.markRead(named.id, b.id)).to.equal(false);
      expect(await codeOf(say(named, a, 4000))).to.equal('CONVERSATION_CLOSED');
      expect((await open(start(world(), a, b))).id).to.not.equal(named.id);
      // The report stays, under an id of its own: the member's own may be made again.
      await ports.messageReports.add(fromA.id, b.id, 'spam', at(5000));
    });

    it('opens one to the id kept content is under: only the sender is in it, and it works as any other until the sender leaves', async () => {
      const kept = { id: await ports.keptAuthor() };
      const about: ConversationSubject = { kind: 'post', postId: POST };
      const conversation = await open(start(world(), a, kept, { anonymous: true, subject: about }));
      expect((await open(start(world(), a, kept, { anonymous: true, subject: about }))).id).to.equal(
        conversation.id,
      );
      expect((await ports.conversations.findById(conversation.id))?.isClosed).to.equal(false);
      await say(conversation, a, 1000);
      await say(conversation, a, 2000, 'again');
      const [listed] = (await ports.conversations.listFor(a.id, { limit: 5, after: null })).items;
      expect(listed).to.deep.include({ id: conversation.id, unreadCount: 0, listedAt: at(2000) });
      expect(listed?.peer).to.deep.equal({ isAnonymous: true, label: '익명3', user: null });
      expect(listed?.lastMessage).to.deep.equal({ content: 'again', sentAt: at(2000), isMine: true });
      // Nobody is behind the other side: no member's state to list, read or hide.
      expect((await ports.conversations.listFor(kept.id, { limit: 5, after: null })).items).to.deep.equal([]);
      expect(await ports.conversations.markRead(conversation.id, kept.id)).to.equal(false);
      expect(await ports.conversations.hide(conversation.id, kept.id)).to.equal(false);
      expect(await ports.conversations.markRead(conversation.id, a.id)).to.equal(true);
      expect(await ports.conversations.hide(conversation.id, a.id)).to.equal(true);
      expect((await ports.conversations.listFor(a.id, { limit: 5, after: null })).items).to.deep.equal([]);
      await say(conversation, a, 3000, 'back');
      expect((await ports.conversations.listFor(a.id, { limit: 5, after: null })).items).to.have.length(1);

      const fresh: UserId[] = [];
      const ids = { next: () => (fresh.push(UserId(world().id())), fresh.at(-1)!) };
      await ports.uow.run(() => ports.erasure.erase(a.id, ids));
      const closed = (await ports.conversations.findById(conversation.id))!;
      expect(closed.isClosed).to.equal(true);
      expect(closed.peerOf(kept.id)?.userId).to.equal(fresh[0]);
      expect(
        (await ports.conversations.listMessages(conversation.id, { limit: 9, after: null })).items.map(
          (m) => m.senderId,
        ),
      ).to.deep.equal([fresh[0], fresh[0], fresh[0]]);
      expect((await ports.conversations.listFor(a.id, { limit: 5, after: null })).items).to.deep.equal([]);
    });

    it('keeps one report per member and message', async () => {
      const conversation = await open(start(world(), a, b));
      const m = await say(conversation, a, 1000);
      await ports.messageReports.add(m.id, b.id, 'spam', at(2000));
      expect(await codeOf(ports.messageReports.add(m.id, b.id, 'abuse', at(3000)))).to.equal(
        'ALREADY_REPORTED',
      );
      await ports.messageReports.add(m.id, c.id, 'abuse', at(3000));
    });
  });
}
