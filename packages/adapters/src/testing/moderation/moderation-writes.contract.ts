/// <reference types="mocha" />
import { expect } from 'chai';
import { at, concurrently } from '../board/board-fixtures.js';
import { FIRST, withModerationStage, type ModerationPortsSetup } from './moderation-fixtures.js';

/** What admins' actions write on one store: content shown again, racing reports, the audit log. */
export function moderationWritesContract(name: string, setup: ModerationPortsSetup): void {
  describe(`moderation writes contract (${name})`, () => {
    const stage = withModerationStage(setup);

    it('given hidden content, when shown again, then it is visible and a comment counts in commentCount again, once', async () => {
      const { ports, world, bob, post } = stage();
      const comment = await world.comment(post, bob);
      expect(await ports.posts.markShown(post.id)).to.equal(false);
      await ports.posts.markHidden(post.id, at(50));
      await ports.comments.markHidden(comment.id, at(50));
      expect((await ports.posts.findById(post.id))!.commentCount).to.equal(0);
      expect(await ports.posts.markShown(post.id)).to.equal(true);
      expect(await ports.comments.markShown(comment.id)).to.equal(true);
      expect(await ports.comments.markShown(comment.id)).to.equal(false);
      const shown = (await ports.posts.findById(post.id))!;
      expect([shown.hiddenAt, shown.commentCount]).to.deep.equal([null, 1]);
      expect((await ports.comments.findById(comment.id))!.hiddenAt).to.equal(null);
      await ports.posts.markHidden(post.id, at(51)); // hidden again: the set-once time is set anew
      expect((await ports.posts.findById(post.id))!.hiddenAt?.toISOString()).to.equal(at(51).toISOString());
    });

    it('given a hidden comment deleted since, when shown again, then commentCount stays as it is', async () => {
      const { ports, world, bob, post } = stage();
      const comment = await world.comment(post, bob);
      await ports.comments.markHidden(comment.id, at(50));
      await ports.comments.markDeleted(comment.id, at(51));
      expect(await ports.comments.markShown(comment.id)).to.equal(true);
      expect((await ports.posts.findById(post.id))!.commentCount).to.equal(0);
    });

    it('given reports of eight new posts at once, then each opens its own case and none fails', async () => {
      const { world, school, alice, bob, open } = stage();
      const board = await world.board(school.id, 'Busy');
      const posts = await Promise.all(
        [1, 2, 3, 4, 5, 6, 7, 8].map((n) => world.post(board, alice, {}, at(n))),
      );
      const { values, errors } = await concurrently(posts.map((p) => () => world.report(p, bob)));
      expect(errors).to.deep.equal([]);
      expect(values).to.deep.equal(posts.map(() => 1));
      expect((await open()).length).to.equal(8);
    });

    it('given six members reporting one post at once, then one case holds all six', async () => {
      const { world, school, post, open } = stage();
      const reporters = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((n) => world.user(`Reporter ${n}`, school.id)),
      );
      const { values, errors } = await concurrently(reporters.map((r) => () => world.report(post, r)));
      expect(errors).to.deep.equal([]);
      expect([...values].sort()).to.deep.equal([1, 2, 3, 4, 5, 6]);
      expect((await open()).map((c) => c.reportCount)).to.deep.equal([6]);
    });

    it('given reports racing a dismissal, then every report lands in exactly one case', async () => {
      const { ports, world, school, alice, post, open } = stage();
      const reporters = await Promise.all([1, 2, 3, 4].map((n) => world.user(`Racer ${n}`, school.id)));
      const dismiss = () =>
        ports.uow.run(() =>
          ports.cases.resolve({ type: 'post', id: post.id }, 'dismissed', alice.id, at(70)),
        );
      const { errors } = await concurrently<unknown>([
        ...reporters.slice(0, 2).map((r) => () => world.report(post, r)),
        dismiss,
        ...reporters.slice(2).map((r) => () => world.report(post, r)),
      ]);
      expect(errors).to.deep.equal([]);
      const resolved = (await ports.caseQueries.listCases({ status: 'resolved' }, FIRST)).items;
      const total = [...(await open()), ...resolved].reduce((sum, c) => sum + c.reportCount, 0);
      expect(total).to.equal(4);
      expect((await open()).length).to.be.at.most(1);
    });

    it('given audit entries, then they list newest first by (at, id), page by keyset, and keep their detail', async () => {
      const { ports, world, alice, post } = stage();
      const entry = (n: number, minute: number) => ({
        id: world.id(),
        actorId: alice.id,
        action: 'post.restore',
        targetType: 'post',
        targetId: post.id,
        detail: { wasHidden: n % 2 === 0, resolvedReports: n },
        at: at(minute),
      });
      const entries = [entry(1, 1), entry(2, 3), entry(3, 3)];
      for (const e of entries) await ports.uow.run(() => ports.audit.record(e));
      const first = await ports.audit.list({ limit: 2, after: null });
      expect(first.items.map((e) => e.id)).to.deep.equal([entries[2]!.id, entries[1]!.id]);
      expect(first.items[0]).to.deep.equal(entries[2]);
      const rest = await ports.audit.list({ limit: 2, after: first.next });
      expect(rest.items.map((e) => e.id)).to.deep.equal([entries[0]!.id]);
      expect(rest.next).to.equal(null);
    });

    it('given a unit of work that fails after the audit entry, then neither the action nor its entry is kept', async () => {
      const { ports, world, alice, bob, post, open } = stage();
      await world.report(post, bob);
      const failing = ports.uow.run(async () => {
        await ports.cases.resolve({ type: 'post', id: post.id }, 'dismissed', alice.id, at(60));
        await ports.audit.record({
          id: world.id(),
          actorId: alice.id,
          action: 'post.dismiss-reports',
          targetType: 'post',
          targetId: post.id,
          detail: {},
          at: at(60),
        });
        throw new Error('after the audit entry');
      });
      await failing.then(
        () => expect.fail('the unit of work should have failed'),
        (error: Error) => expect(error.message).to.equal('after the audit entry'),
      );
      expect((await ports.audit.list(FIRST)).items).to.deep.equal([]);
      expect((await open()).map((c) => c.targetId)).to.deep.equal([post.id]);
    });
  });
}
