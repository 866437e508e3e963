/// <reference types="mocha" />
import { expect } from 'chai';
import { targetKey } from '@campus/domain';
import { at } from '../board/board-fixtures.js';
import { FIRST, withModerationStage, type ModerationPortsSetup } from './moderation-fixtures.js';

/** ReportCaseRepository and ReportCaseQueries on one store: cases, the queue, resolving. */
export function reportCasesContract(name: string, setup: ModerationPortsSetup): void {
  describe(`report cases contract (${name})`, () => {
    const stage = withModerationStage(setup);

    it('given reports of a post, then one open case holds them all, and only counting ones add to what record answers', async () => {
      const { world, alice, bob, carol, post, open } = stage();
      expect(await world.report(post, bob, { reason: 'spam', counts: true, minute: 10 })).to.equal(1);
      expect(await world.report(post, carol, { reason: 'abuse', counts: false, minute: 12 })).to.equal(1);
      const [item, ...rest] = await open();
      expect(rest).to.deep.equal([]);
      expect(item).to.deep.include({
        status: 'open',
        targetType: 'post',
        targetId: post.id,
        postId: post.id,
        boardId: post.boardId,
        excerpt: 'x'.repeat(100),
        hidden: false,
        reportCount: 2,
        authorId: alice.id,
        authorUsername: alice.username,
        resolution: null,
        resolvedAt: null,
      });
      expect(item!.reasons).to.deep.include({ spam: 1, abuse: 1, fraud: 0 });
      expect(item!.firstReportedAt.toISOString()).to.equal(at(10).toISOString());
      expect(item!.lastReportedAt.toISOString()).to.equal(at(12).toISOString());
    });

    it('given a resolved case, then it answers how many it resolved, leaves the open queue, and a new report opens a new case from zero', async () => {
      const { ports, world, school, alice, bob, carol, post, open } = stage();
      await world.report(post, bob);
      await world.report(post, carol);
      const resolved = await ports.uow.run(() =>
        ports.cases.resolve({ type: 'post', id: post.id }, 'dismissed', alice.id, at(20)),
      );
      expect(resolved).to.equal(2);
      expect(await open()).to.deep.equal([]);
      const done = (await ports.caseQueries.listCases({ status: 'resolved' }, FIRST)).items;
      expect(
        done.map((c) => [c.targetId, c.reportCount, c.resolution, c.resolvedAt?.toISOString()]),
      ).to.deep.equal([[post.id, 2, 'dismissed', at(20).toISOString()]]);
      expect(await ports.cases.resolve({ type: 'post', id: post.id }, 'restored', alice.id, at(21))).to.equal(
        0,
      );
      const dave = await world.user('Dave', school.id);
      expect(await world.report(post, dave)).to.equal(1);
      expect((await open()).map((c) => c.reportCount)).to.deep.equal([1]);
    });

    it('given cases of posts and comments, then the queue is most reported first by (count, id), pages by keyset, and keeps to a school', async () => {
      const { ports, world, school, alice, bob, carol, post, open } = stage();
      const comment = await world.comment(post, bob);
      const elsewhere = await world.school();
      const other = await world.post(await world.board(elsewhere.id), carol);
      await world.report(post, bob);
      await world.report(post, carol);
      await world.report(post, comment.authorId === bob.id ? carol : bob, { comment });
      await world.report(other, alice);
      const all = await open();
      expect(all.map((c) => c.reportCount)).to.deep.equal([2, 1, 1]);
      expect(all[0]!.targetId).to.equal(post.id);
      const ones = all.slice(1).map((c) => c.id);
      expect(ones).to.deep.equal([...ones].sort().reverse());
      const first = await ports.caseQueries.listCases({ status: 'open' }, { limit: 2, after: null });
      expect(first.items.map((c) => c.id)).to.deep.equal(all.slice(0, 2).map((c) => c.id));
      const second = await ports.caseQueries.listCases({ status: 'open' }, { limit: 2, after: first.next });
      expect(second.items.map((c) => c.id)).to.deep.equal([all[2]!.id]);
      expect(second.next).to.equal(null);
      const mine = await ports.caseQueries.listCases({ status: 'open', schoolId: school.id }, FIRST);
      expect(mine.items.map((c) => c.targetId)).to.deep.equal([post.id, comment.id]);
      const byComment = mine.items[1]!;
      expect(byComment).to.deep.include({ targetType: 'comment', postId: post.id, authorId: bob.id });
    });

    it('given hidden and deleted targets, then hidden ones show as hidden and deleted ones leave the queue', async () => {
      const { ports, world, bob, carol, post, open } = stage();
      const comment = await world.comment(post, bob);
      await world.report(post, carol, { comment });
      await world.report(post, bob);
      await ports.posts.markHidden(post.id, at(30));
      expect((await open()).find((c) => c.targetId === post.id)?.hidden).to.equal(true);
      await ports.comments.markDeleted(comment.id, at(31));
      expect((await open()).map((c) => c.targetId)).to.deep.equal([post.id]);
    });

    it('given open cases on a post and its comments, then openCountsOnPost gives each by target key, resolved ones left out', async () => {
      const { ports, world, alice, bob, carol, post } = stage();
      const comment = await world.comment(post, bob);
      const quiet = await world.comment(post, carol);
      await world.report(post, bob);
      await world.report(post, carol, { comment });
      await world.report(post, alice, { comment: quiet });
      await ports.cases.resolve({ type: 'comment', id: quiet.id }, 'dismissed', alice.id, at(40));
      const counts = await ports.caseQueries.openCountsOnPost(post.id);
      expect([...counts.entries()].sort()).to.deep.equal(
        [
          [targetKey({ type: 'post', id: post.id }), 1],
          [targetKey({ type: 'comment', id: comment.id }), 1],
        ].sort(),
      );
    });
  });
}
