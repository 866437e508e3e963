/// <reference types="mocha" />
import { expect } from 'chai';
import { User, UserId, targetKey, type Message } from '@campus/domain';
import { at, concurrently, expectRejection } from '../board/board-fixtures.js';
import { FIRST, withModerationStage, type ModerationPortsSetup } from './moderation-fixtures.js';

/**
 * Message targets in the queue, on one store: a message's case has no post or board, is never
 * hidden, is filed under its sender's school (none for an admin's), and otherwise is counted,
 * ordered, paged, dismissed and audited like a post's or a comment's.
 */
export function messageCasesContract(name: string, setup: ModerationPortsSetup): void {
  describe(`message report cases contract (${name})`, () => {
    const stage = withModerationStage(setup);

    /** An admin: an account of no school. */
    async function admin(): Promise<User> {
      const { ports, world } = stage();
      const id = world.id();
      const user = User.create(
        {
          id: UserId(id),
          username: `root_${id.slice(-4)}`,
          email: `root_${id.slice(-4)}@example.com`,
          nickname: 'Root',
          schoolId: null,
          departmentId: null,
          passwordHash: 'x',
        },
        at(0),
      );
      user.promoteToAdmin();
      await ports.users.add(user);
      return user;
    }

    /** Dismisses as `DismissMessageReports` does: the case resolved and audited in one unit of work. */
    const dismiss = (message: Message, by: UserId, minute: number, then?: () => void) => {
      const { ports, world } = stage();
      const target = { type: 'message' as const, id: message.id };
      return ports.uow.run(async () => {
        const resolvedReports = await ports.cases.resolve(target, 'dismissed', by, at(minute));
        await ports.audit.record({
          id: world.id(),
          actorId: by,
          action: 'message.dismiss-reports',
          targetType: 'message',
          targetId: message.id,
          detail: { resolvedReports },
          at: at(minute),
        });
        then?.();
        return resolvedReports;
      });
    };

    it('given a report of a message, then its open case has no post or board, is not hidden, keeps to the sender’s school, and counts like the others', async () => {
      const { ports, world, school, bob, carol, post, open } = stage();
      await world.report(post, carol);
      const elsewhere = await world.school();
      const dave = await world.user('Dave', elsewhere.id);
      const talk = await world.conversation(dave, bob);
      const content = '가'.repeat(60) + 'm'.repeat(90);
      const message = await world.message(talk, dave, content);
      const quiet = await world.message(talk, dave, 'Another one', 5);
      expect(await world.reportMessage(message, bob, { reason: 'abuse', counts: true, minute: 10 })).to.equal(
        1,
      );
      expect(await world.reportMessage(quiet, bob, { counts: false, minute: 12 })).to.equal(0);
      const item = (await open()).find((c) => c.targetId === message.id);
      expect(item).to.deep.include({
        status: 'open',
        targetType: 'message',
        postId: null,
        boardId: null,
        excerpt: '가'.repeat(60) + 'm'.repeat(40),
        hidden: false,
        reportCount: 1,
        authorId: dave.id,
        authorUsername: dave.username,
        resolution: null,
        resolvedAt: null,
      });
      expect(item!.reasons).to.deep.include({ abuse: 1, spam: 0 });
      expect(item!.firstReportedAt.toISOString()).to.equal(at(10).toISOString());
      expect(item!.lastReportedAt.toISOString()).to.equal(at(10).toISOString());
      const inSchool = async (schoolId: typeof school.id) =>
        (await ports.caseQueries.listCases({ status: 'open', schoolId }, FIRST)).items.map((c) => c.targetId);
      expect((await inSchool(elsewhere.id)).sort()).to.deep.equal([message.id, quiet.id].sort());
      expect(await inSchool(school.id), 'not the reporter’s school').to.deep.equal([post.id]);
      const onPost = await ports.caseQueries.openCountsOnPost(post.id);
      expect([...onPost.entries()]).to.deep.equal([[targetKey({ type: 'post', id: post.id }), 1]]);
    });

    it('given a report of an admin’s message, then its case is in the whole queue and in no school’s', async () => {
      const { ports, world, school, bob, open } = stage();
      const root = await admin();
      const message = await world.message(await world.conversation(root, bob), root);
      await world.reportMessage(message, bob);
      expect((await open()).map((c) => [c.targetId, c.authorId])).to.deep.equal([[message.id, root.id]]);
      const mine = await ports.caseQueries.listCases({ status: 'open', schoolId: school.id }, FIRST);
      expect(mine.items).to.deep.equal([]);
    });

    it('given cases of posts, comments and messages, then messages take their place by (count, id), page by keyset, and keep to the sender’s school', async () => {
      const { ports, world, school, alice, bob, carol, post, open } = stage();
      const comment = await world.comment(post, bob);
      const elsewhere = await world.school();
      const dave = await world.user('Dave', elsewhere.id);
      const fromCarol = await world.message(await world.conversation(carol, bob), carol);
      const fromDave = await world.message(await world.conversation(dave, alice), dave);
      await world.report(post, bob);
      await world.reportMessage(fromCarol, bob);
      await world.report(post, carol);
      await world.report(post, carol, { comment });
      await world.reportMessage(fromDave, alice);
      const all = await open();
      expect(all.map((c) => [c.targetId, c.reportCount])).to.deep.equal([
        [post.id, 2],
        // The ties by case id, newest first: the cases were opened in the order of their reports.
        [fromDave.id, 1],
        [comment.id, 1],
        [fromCarol.id, 1],
      ]);
      const paged: string[] = [];
      let next = null;
      do {
        const page = await ports.caseQueries.listCases({ status: 'open' }, { limit: 1, after: next });
        paged.push(...page.items.map((c) => c.id));
        next = page.next;
      } while (next && paged.length < 10);
      expect(paged).to.deep.equal(all.map((c) => c.id));
      const byTarget = async (schoolId: typeof school.id) =>
        (await ports.caseQueries.listCases({ status: 'open', schoolId }, FIRST)).items.map((c) => c.targetId);
      expect(await byTarget(school.id)).to.deep.equal([post.id, comment.id, fromCarol.id]);
      expect(await byTarget(elsewhere.id)).to.deep.equal([fromDave.id]);
    });

    it('given a dismissed message case, then it answers its reports, is audited, is listed as resolved, and its reports do not bring it back', async () => {
      const { ports, world, alice, bob, carol, open } = stage();
      const root = await admin();
      const message = await world.message(await world.conversation(carol, bob), carol);
      await world.reportMessage(message, bob, { minute: 10 });
      expect(await dismiss(message, root.id, 20)).to.equal(1);
      expect(await open()).to.deep.equal([]);
      const done = (await ports.caseQueries.listCases({ status: 'resolved' }, FIRST)).items;
      expect(
        done.map((c) => [
          c.targetType,
          c.targetId,
          c.reportCount,
          c.hidden,
          c.resolution,
          c.resolvedAt?.toISOString(),
        ]),
      ).to.deep.equal([['message', message.id, 1, false, 'dismissed', at(20).toISOString()]]);
      const [entry, ...others] = (await ports.audit.list(FIRST)).items;
      expect(others).to.deep.equal([]);
      expect(entry).to.deep.include({
        actorId: root.id,
        action: 'message.dismiss-reports',
        targetType: 'message',
        targetId: message.id,
        detail: { resolvedReports: 1 },
      });
      // The report was judged: its row stays, so its member cannot report the message again.
      await expectRejection(world.reportMessage(message, bob, { minute: 30 }), 'ALREADY_REPORTED');
      expect(await open()).to.deep.equal([]);
      expect(
        await ports.cases.resolve({ type: 'message', id: message.id }, 'dismissed', alice.id, at(31)),
      ).to.equal(0);
      expect((await ports.caseQueries.listCases({ status: 'resolved' }, FIRST)).items).to.have.length(1);
    });

    it('given a dismissed message case, then a later report of the message opens a new case from zero, as for a post', async () => {
      const { ports, world, school, bob, carol, open } = stage();
      const root = await admin();
      const message = await world.message(await world.conversation(carol, bob), carol);
      await world.reportMessage(message, bob, { minute: 10 });
      await dismiss(message, root.id, 20);
      // Only the other member reports a message (the use case checks); the queue's rule is per target.
      const dave = await world.user('Dave', school.id);
      expect(await world.reportMessage(message, dave, { minute: 30 })).to.equal(1);
      const [reopened, ...rest] = await open();
      expect(rest).to.deep.equal([]);
      expect([
        reopened!.targetId,
        reopened!.reportCount,
        reopened!.firstReportedAt.toISOString(),
      ]).to.deep.equal([message.id, 1, at(30).toISOString()]);
      const done = (await ports.caseQueries.listCases({ status: 'resolved' }, FIRST)).items;
      expect(done.map((c) => c.id)).to.not.include(reopened!.id);
    });

    it('given a unit of work that fails after a message’s dismissal and its audit entry, then neither is kept', async () => {
      const { ports, world, bob, carol, open } = stage();
      const root = await admin();
      const message = await world.message(await world.conversation(carol, bob), carol);
      await world.reportMessage(message, bob);
      const failing = dismiss(message, root.id, 60, () => {
        throw new Error('after the audit entry');
      });
      await failing.then(
        () => expect.fail('the unit of work should have failed'),
        (error: Error) => expect(error.message).to.equal('after the audit entry'),
      );
      expect((await ports.audit.list(FIRST)).items).to.deep.equal([]);
      expect((await open()).map((c) => c.targetId)).to.deep.equal([message.id]);
    });

    it('given reports of eight messages at once, then each opens its own case and none fails', async () => {
      const { world, bob, carol, open } = stage();
      const talk = await world.conversation(carol, bob);
      const messages: Message[] = [];
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8])
        messages.push(await world.message(talk, carol, `Message ${n}`, n));
      const { values, errors } = await concurrently(messages.map((m) => () => world.reportMessage(m, bob)));
      expect(errors).to.deep.equal([]);
      expect(values).to.deep.equal(messages.map(() => 1));
      expect((await open()).map((c) => c.targetId).sort()).to.deep.equal(messages.map((m) => m.id).sort());
    });

    it('given its reporter takes the conversation off their list, then the message’s case stays, not hidden', async () => {
      const { ports, world, bob, carol, open } = stage();
      const talk = await world.conversation(carol, bob);
      const message = await world.message(talk, carol);
      await world.reportMessage(message, bob);
      expect(await ports.uow.run(() => ports.conversations.hide(talk.id, bob.id))).to.equal(true);
      expect((await open()).map((c) => [c.targetId, c.hidden])).to.deep.equal([[message.id, false]]);
    });

    it('given cases of a post and a message whose author deleted their account, then both stay, under the same school, with no author, and can be dismissed', async () => {
      const { ports, world, school, alice, bob, carol, post, open } = stage();
      const root = await admin();
      const message = await world.message(await world.conversation(alice, bob), alice, 'Kept message');
      await world.report(post, carol);
      await world.report(post, bob);
      await world.reportMessage(message, bob);
      const authors = async () =>
        (await open()).map((c) => [c.targetType, c.targetId, c.authorId, c.authorUsername, c.excerpt]);
      expect(await authors()).to.deep.equal([
        ['post', post.id, alice.id, alice.username, post.content.slice(0, 100)],
        ['message', message.id, alice.id, alice.username, 'Kept message'],
      ]);
      await world.erase(alice);
      expect(await ports.users.findById(alice.id)).to.equal(null);
      expect(await authors()).to.deep.equal([
        ['post', post.id, null, null, post.content.slice(0, 100)],
        ['message', message.id, null, null, 'Kept message'],
      ]);
      const mine = await ports.caseQueries.listCases({ status: 'open', schoolId: school.id }, FIRST);
      expect(mine.items.map((c) => c.targetId)).to.deep.equal([post.id, message.id]);
      expect(await dismiss(message, root.id, 40)).to.equal(1);
      expect((await open()).map((c) => c.targetId)).to.deep.equal([post.id]);
    });
  });
}
