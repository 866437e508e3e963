import { expect } from 'chai';
import type { Response } from 'supertest';
import { API, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Scripts exchanges between a named and an anonymous side, both ways, and scans every answer one
 * side gets for the other side's id, username and nickname.
 */
for (const storage of STORAGES) {
  describe(`messages keep anonymous sides anonymous (${storage.name})`, function () {
    let app: TestApp;
    let world: BoardWorld;
    let n = 0;

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
    });

    /** A member with names that appear nowhere else, so a scan cannot match another's by accident. */
    const distinct = (role: string) => {
      n += 1;
      return world.api.signUp(world.school, { username: `${role}_q${n}z`, nickname: `${role}Q${n}Z` });
    };

    /** Everything one member is answered, kept for the scan. */
    class Side {
      readonly seen: string[] = [];
      constructor(readonly member: Member) {}

      async call(request: Promise<Response>, status: number): Promise<Record<string, unknown>> {
        const res = await request;
        this.seen.push(JSON.stringify(res.body), JSON.stringify(res.headers));
        expect(res.status, JSON.stringify(res.body)).to.equal(status);
        return res.body as Record<string, unknown>;
      }

      send(body: Record<string, unknown>) {
        return this.call(app.http.post(`${API}/messages`).set(this.member.auth).send(body), 201);
      }
      reply(id: string, content: string) {
        return this.call(
          app.http.post(`${API}/conversations/${id}/messages`).set(this.member.auth).send({ content }),
          201,
        );
      }
      /** Every read of a conversation this side can make. */
      async readAll(id: string) {
        const list = await this.call(app.http.get(`${API}/conversations`).set(this.member.auth), 200);
        await this.call(app.http.get(`${API}/conversations/${id}/messages`).set(this.member.auth), 200);
        await this.call(app.http.post(`${API}/conversations/${id}/read`).set(this.member.auth), 204);
        return (list.items as { id: string; peer: unknown; about: unknown }[]).find((c) => c.id === id)!;
      }

      assertNeverSaw(other: Member): void {
        for (const body of this.seen)
          for (const secret of [other.id, other.username, other.nickname])
            expect(body, `an answer to ${this.member.username} names ${secret}`).to.not.include(secret);
      }
    }

    it('given an anonymous post, when a named member messages its author, then the author stays 익명 to them', async () => {
      const [author, sender] = [new Side(await distinct('author')), new Side(await distinct('sender'))];
      const postId = await world.post(author.member, { title: '익명 글 제목', isAnonymous: true });
      const sent = await sender.send({ postId, content: '글 잘 봤어요', isAnonymous: false });
      const id = (sent.conversation as { id: string }).id;
      expect((sent.conversation as { peer: unknown }).peer).to.deep.equal({
        label: '익명',
        isAnonymous: true,
        user: null,
      });
      await author.reply(id, '감사합니다');
      await sender.reply(id, '또 봐요');
      const seenBySender = await sender.readAll(id);
      expect(seenBySender.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
      const seenByAuthor = await author.readAll(id);
      expect(seenByAuthor.peer).to.deep.include({ label: sender.member.nickname, isAnonymous: false });
      expect(seenByAuthor.about).to.deep.equal({ postId, title: '익명 글 제목' });
      sender.assertNeverSaw(author.member);
    });

    it('given a named post, when an anonymous member messages its author, then the sender is 익명 with the post as about', async () => {
      const [author, sender] = [new Side(await distinct('named')), new Side(await distinct('hidden'))];
      const postId = await world.post(author.member, { title: '실명 글', isAnonymous: false });
      const sent = await sender.send({ postId, content: '누군지는 비밀' });
      const id = (sent.conversation as { id: string }).id;
      expect((sent.conversation as { peer: { user: { id: string } } }).peer.user.id).to.equal(
        author.member.id,
      );
      await author.reply(id, '누구세요?');
      await sender.reply(id, '비밀이에요');
      const seenByAuthor = await author.readAll(id);
      expect(seenByAuthor.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
      expect(seenByAuthor.about).to.deep.equal({ postId, title: '실명 글' });
      author.assertNeverSaw(sender.member);
    });

    it('given anonymous comments, then the sender sees the label they saw (익명N, 익명(글쓴이)) and both anonymous sides stay hidden', async () => {
      const [op, commenter, sender] = [
        new Side(await distinct('op')),
        new Side(await distinct('commenter')),
        new Side(await distinct('asker')),
      ];
      const postId = await world.post(op.member, { isAnonymous: true });
      await world.comment(sender.member, postId, { isAnonymous: true }); // 익명1
      const theirs = await world.comment(commenter.member, postId, { isAnonymous: true }); // 익명2
      const ops = await world.comment(op.member, postId, { isAnonymous: true }); // 익명(글쓴이)
      const toCommenter = await sender.send({ commentId: theirs, content: '댓글 보고 연락드려요' });
      const toOp = await sender.send({ commentId: ops, content: '글쓴이님께' });
      const c1 = toCommenter.conversation as { id: string; peer: unknown };
      const c2 = toOp.conversation as { id: string; peer: unknown };
      expect(c1.peer).to.deep.equal({ label: '익명2', isAnonymous: true, user: null });
      expect(c2.peer).to.deep.equal({ label: '익명(글쓴이)', isAnonymous: true, user: null });
      await commenter.reply(c1.id, '네');
      await op.reply(c2.id, '네 말씀하세요');
      await sender.readAll(c1.id);
      await sender.readAll(c2.id);
      expect((await commenter.readAll(c1.id)).peer).to.deep.equal({
        label: '익명',
        isAnonymous: true,
        user: null,
      });
      expect((await op.readAll(c2.id)).peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
      sender.assertNeverSaw(commenter.member);
      sender.assertNeverSaw(op.member);
      commenter.assertNeverSaw(sender.member);
      op.assertNeverSaw(sender.member);
    });

    it('given two anonymous posts of one author, when messaged about both, then they are two conversations', async () => {
      const [author, sender] = [new Side(await distinct('twice')), new Side(await distinct('asks'))];
      const first = await world.post(author.member, { isAnonymous: true });
      const second = await world.post(author.member, { isAnonymous: true });
      const one = (await sender.send({ postId: first, content: '첫 글' })).conversation as { id: string };
      const two = (await sender.send({ postId: second, content: '둘째 글' })).conversation as { id: string };
      expect(one.id, 'one conversation would tell both posts are by one person').to.not.equal(two.id);
      await author.reply(one.id, '네');
      await author.reply(two.id, '네');
      await sender.readAll(one.id);
      await sender.readAll(two.id);
      sender.assertNeverSaw(author.member);
    });

    it('given an anonymous conversation, when the same two write named, then that is another conversation', async () => {
      const [author, sender] = [new Side(await distinct('two')), new Side(await distinct('ways'))];
      const postId = await world.post(author.member, { isAnonymous: false });
      const hidden = await sender.send({ postId, content: '익명으로' });
      const named = await sender.send({ postId, content: '이번엔 실명으로', isAnonymous: false });
      const [h, m] = [hidden.conversation as { id: string }, named.conversation as { id: string }];
      expect(h.id).to.not.equal(m.id);
      await author.readAll(h.id);
      const list = await author.call(app.http.get(`${API}/conversations`).set(author.member.auth), 200);
      const hiddenOne = (list.items as { id: string; peer: unknown }[]).find((c) => c.id === h.id);
      expect(hiddenOne?.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    });
  });
}
