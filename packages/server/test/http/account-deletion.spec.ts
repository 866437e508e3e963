import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import { ADMIN, type TestApp } from '../support/test-app.js';

const PASSWORD = 'correct horse battery';
const DEPARTED = '(탈퇴한 사용자)';

interface AuthorJson {
  id: string | null;
  displayName: string;
  isAnonymous: boolean;
  isPostAuthor: boolean;
}

/** What a view showed, with the departed member's named authorship as deletion must show it. */
function departed(value: unknown, memberId: string): unknown {
  if (Array.isArray(value)) return value.map((item) => departed(item, memberId));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, field]) => {
    const author = field as AuthorJson | null;
    if (key === 'author' && author && author.id === memberId)
      return [key, { ...author, id: null, displayName: DEPARTED }];
    return [key, departed(field, memberId)];
  });
  return Object.fromEntries(entries);
}

for (const storage of STORAGES) {
  describe(`DELETE /me over HTTP (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp;
    let world: BoardWorld;
    let kim: Member;
    let lee: Member;

    beforeEach(async function () {
      const started = await startOn(storage, { LOGIN_MAX_FAILURES: '3' });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
      [kim, lee] = [await world.member(), await world.member()];
    });
    afterEach(async () => {
      await app?.close();
    });

    const remove = (member: Member, password = PASSWORD) =>
      app.http.delete(`${API}/me`).set(member.auth).send({ password });
    const read = async (path: string, reader: Member) => {
      const res = await app.http.get(`${API}${path}`).set(reader.auth);
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      return res.body as unknown;
    };

    it('given the right password, then 204, every session ends and the names are free again', async () => {
      const { email } = (await read('/me', kim)) as { email: string };
      await remove(kim).expect(204);
      expectError(await app.http.get(`${API}/me`).set(kim.auth), 401, 'SESSION_REVOKED');
      expectError(
        await app.http.post(`${API}/auth/refresh`).send({ refreshToken: kim.refreshToken }),
        401,
        'INVALID_REFRESH_TOKEN',
      );
      expectError(
        await app.http.post(`${API}/auth/login`).send({ username: kim.username, password: PASSWORD }),
        401,
        'INVALID_CREDENTIALS',
      );
      expectError(await app.http.get(`${API}/users/${kim.username}`).set(lee.auth), 404, 'USER_NOT_FOUND');
      const again = await world.api.signUp(world.school, {
        username: kim.username,
        email,
        nickname: kim.nickname,
      });
      expect(again.id).to.not.equal(kim.id);
    });

    it('given a wrong password, then 401 INVALID_CREDENTIALS, nothing deleted, and it counts as a failed login', async () => {
      for (let i = 0; i < 3; i++)
        expectError(await remove(kim, 'wrong password!'), 401, 'INVALID_CREDENTIALS');
      expectError(await remove(kim), 429, 'TOO_MANY_ATTEMPTS');
      await app.http.get(`${API}/me`).set(kim.auth).expect(200);
    });

    it('given a missing or extra field, then 400 VALIDATION_FAILED', async () => {
      expectError(await app.http.delete(`${API}/me`).set(kim.auth), 400, 'VALIDATION_FAILED');
      expectError(
        await app.http.delete(`${API}/me`).set(kim.auth).send({ password: PASSWORD, userId: lee.id }),
        400,
        'VALIDATION_FAILED',
      );
      await app.http.get(`${API}/me`).set(kim.auth).expect(200);
    });

    it('given the only admin, then 409 LAST_ADMIN and the admin stays', async () => {
      expectError(await remove(world.admin, ADMIN.password), 409, 'LAST_ADMIN');
      await app.http.get(`${API}/me`).set(world.admin.auth).expect(200);
    });

    it('given two deletions at once, then one 204 and one 401 SESSION_REVOKED', async () => {
      const answers = await Promise.all([remove(kim), remove(kim)]);
      const statuses = answers.map((res) => res.status).sort();
      expect(statuses).to.deep.equal([204, 401]);
      expect(answers.find((res) => res.status === 401)!.body.error.code).to.equal('SESSION_REVOKED');
    });

    it('given a post racing the deletion, then it is erased with the account or refused with 401', async () => {
      const [post, gone] = await Promise.all([
        app.http
          .post(`${API}/boards/${world.boardId}/posts`)
          .set(kim.auth)
          .send({ title: '경주', content: '동시에', isAnonymous: false }),
        remove(kim),
      ]);
      expect(gone.status).to.equal(204);
      if (post.status === 201) {
        const shown = (await read(`/posts/${post.body.id}`, lee)) as { author: AuthorJson };
        expect(shown.author).to.deep.equal({
          id: null,
          displayName: DEPARTED,
          isAnonymous: false,
          isPostAuthor: true,
        });
      } else expectError(post, 401, 'SESSION_REVOKED');
    });

    it('given named and anonymous writing, then named authors show as departed and anonymous ones exactly as before', async () => {
      const namedPost = await world.post(kim, { isAnonymous: false });
      const anonymousPost = await world.post(kim, { isAnonymous: true });
      const leesPost = await world.post(lee, { isAnonymous: true });
      for (const postId of [namedPost, anonymousPost, leesPost]) {
        await world.comment(lee, postId, { isAnonymous: true });
        await world.comment(kim, postId, { isAnonymous: true });
        await world.comment(kim, postId, { isAnonymous: false });
        await world.comment(kim, postId, { isAnonymous: true });
      }
      await world.like(kim, leesPost);
      await app.http.post(`${API}/posts/${leesPost}/scrap`).set(kim.auth).expect(200);
      const paths = [
        ...[namedPost, anonymousPost, leesPost].map((id) => `/posts/${id}`),
        `/boards/${world.boardId}/posts`,
      ];
      const before = await Promise.all(paths.map((path) => read(path, lee)));
      // Every label a deletion must keep is in the thread: 익명(글쓴이), numbered 익명N, a named author.
      for (const label of ['익명(글쓴이)', '익명1', '익명2', kim.nickname])
        expect(JSON.stringify(before)).to.include(`"displayName":"${label}"`);

      await remove(kim).expect(204);

      const after = await Promise.all(paths.map((path) => read(path, lee)));
      const scrapped = before[2] as { scrapCount: number; likeCount: number };
      const expected = before.map((view) => departed(view, kim.id));
      (expected[2] as { scrapCount: number }).scrapCount = scrapped.scrapCount - 1;
      const page = expected[3] as { items: { id: string; scrapCount: number }[] };
      page.items.find((item) => item.id === leesPost)!.scrapCount -= 1;
      expect(after).to.deep.equal(expected);
      expect(JSON.stringify(after)).to.not.include(kim.id);
      expect(JSON.stringify(after)).to.not.include(kim.nickname);
    });

    it('given reviews, then they stay and count as before, mine to nobody', async () => {
      const course = await app.http
        .post(`${API}/schools/${world.school.id}/courses`)
        .set(world.admin.auth)
        .send({
          semester: '2026-1',
          code: 'CS101',
          name: '자료구조',
          professor: '김교수',
          credits: 3,
          times: [],
        })
        .expect(201);
      const reviews = `${API}/courses/${course.body.id}/reviews`;
      await app.http.post(reviews).set(kim.auth).send({ rating: 5, content: '좋아요' }).expect(201);
      await app.http.post(reviews).set(lee.auth).send({ rating: 2, content: '별로' }).expect(201);
      const before = await read(`/courses/${course.body.id}/reviews`, lee);

      await remove(kim).expect(204);

      expect(await read(`/courses/${course.body.id}/reviews`, lee)).to.deep.equal(before);
      expect(before).to.deep.include({ averageRating: 3.5, reviewCount: 2 });
    });

    it('given friends, requests and timetables, then they are gone with the account', async () => {
      const park = await world.member();
      await app.http
        .post(`${API}/friends/requests`)
        .set(kim.auth)
        .send({ username: lee.username })
        .expect(201);
      await app.http
        .post(`${API}/friends/requests`)
        .set(lee.auth)
        .send({ username: kim.username })
        .expect(200);
      await app.http
        .post(`${API}/friends/requests`)
        .set(park.auth)
        .send({ username: kim.username })
        .expect(201);
      await app.http.post(`${API}/timetables`).set(kim.auth).send({ semester: '2026-1' }).expect(201);

      await remove(kim).expect(204);

      expect(await read('/friends', lee)).to.deep.equal([]);
      expect(await read('/friends/requests', park)).to.deep.equal({ incoming: [], outgoing: [] });
      expectError(
        await app.http.get(`${API}/users/${kim.username}/timetable?semester=2026-1`).set(lee.auth),
        404,
        'USER_NOT_FOUND',
      );
    });

    it('given conversations, then they close: the other side keeps and reads them, the deleted side is departed or as anonymous as before, and nothing can be sent', async () => {
      const send = (from: Member, body: Record<string, unknown>) =>
        app.http
          .post(`${API}/messages`)
          .set(from.auth)
          .send({ content: '안녕하세요', ...body });
      const named = (await send(kim, { toUsername: lee.username, isAnonymous: false }).expect(201)).body as {
        conversation: { id: string };
      };
      const postId = await world.post(lee, { isAnonymous: false });
      const anonymous = (await send(kim, { postId }).expect(201)).body as { conversation: { id: string } };
      await app.http
        .post(`${API}/conversations/${named.conversation.id}/messages`)
        .set(lee.auth)
        .send({ content: '답장' })
        .expect(201);
      const listBefore = (await read('/conversations', lee)) as { items: { id: string; peer: unknown }[] };
      const peerBefore = (id: string) => listBefore.items.find((c) => c.id === id)?.peer;

      await remove(kim).expect(204);

      const list = (await read('/conversations', lee)) as { items: { id: string; peer: unknown }[] };
      const peer = (id: string) => list.items.find((c) => c.id === id)?.peer;
      expect(list.items.map((c) => c.id).sort()).to.deep.equal(
        [named.conversation.id, anonymous.conversation.id].sort(),
      );
      expect(peer(named.conversation.id)).to.deep.equal({ label: DEPARTED, isAnonymous: false, user: null });
      expect(peer(anonymous.conversation.id)).to.deep.equal(peerBefore(anonymous.conversation.id));
      expect(peer(anonymous.conversation.id)).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
      const messages = (await read(`/conversations/${named.conversation.id}/messages`, lee)) as {
        items: { content: string; isMine: boolean }[];
      };
      expect(messages.items.map((m) => [m.content, m.isMine])).to.deep.equal([
        ['답장', true],
        ['안녕하세요', false],
      ]);
      expect(JSON.stringify([list, messages]))
        .to.not.include(kim.id)
        .and.not.include(kim.username);
      for (const id of [named.conversation.id, anonymous.conversation.id])
        expectError(
          await app.http.post(`${API}/conversations/${id}/messages`).set(lee.auth).send({ content: 'x' }),
          409,
          'CONVERSATION_CLOSED',
        );
      const park = await world.member();
      expectError(await send(park, { toUsername: kim.username }), 404, 'USER_NOT_FOUND');
    });

    it('given anonymous content of the deleted account, then messaging it answers as messaging a live author who never answers, and named content stays USER_NOT_FOUND', async () => {
      const park = await world.member();
      const write = async (author: Member) => {
        const postId = await world.post(author, { isAnonymous: true });
        return { postId, commentId: await world.comment(author, postId, { isAnonymous: true }) };
      };
      const named = await world.post(kim, { isAnonymous: false });
      const [gone, live] = [await write(kim), await write(park)];
      await remove(kim).expect(204);

      const send = (body: Record<string, unknown>) =>
        app.http
          .post(`${API}/messages`)
          .set(lee.auth)
          .send({ content: '안녕하세요', ...body });
      // An answer without what differs between any two conversations: ids and times.
      const shape = (value: unknown): unknown => {
        if (typeof value !== 'object' || value === null) return value;
        return Object.fromEntries(
          Object.entries(value).map(([key, field]) =>
            /^(id|conversationId|postId|sentAt|createdAt)$/.test(key)
              ? [key, typeof field]
              : [key, shape(field)],
          ),
        );
      };
      for (const key of ['postId', 'commentId'] as const) {
        const sent = await send({ [key]: gone[key] });
        const twin = await send({ [key]: live[key] });
        expect([sent.status, twin.status], JSON.stringify(sent.body)).to.deep.equal([201, 201]);
        expect(shape(sent.body)).to.deep.equal(shape(twin.body));
        const { id } = (sent.body as { conversation: { id: string } }).conversation;
        const again = await send({ [key]: gone[key] }).expect(201);
        expect((again.body as { conversation: { id: string } }).conversation.id).to.equal(id);
        await app.http
          .post(`${API}/conversations/${id}/messages`)
          .set(lee.auth)
          .send({ content: '답장 주세요' })
          .expect(201);
      }
      const list = (await read('/conversations', lee)) as {
        items: { peer: unknown; unreadCount: number; lastMessage: { isMine: boolean } }[];
      };
      expect(list.items.map((c) => [c.peer, c.unreadCount, c.lastMessage.isMine])).to.have.deep.members(
        ['익명', '익명(글쓴이)', '익명', '익명(글쓴이)'].map((label) => [
          { label, isAnonymous: true, user: null },
          0,
          true,
        ]),
      );
      expect(JSON.stringify(list)).to.not.include(kim.id);
      expect(((await read('/conversations', park)) as { items: unknown[] }).items).to.have.length(2);
      expectError(await send({ postId: named }), 404, 'USER_NOT_FOUND');
      // The sender can still leave.
      await remove(lee).expect(204);
    });

    it('given a post of the deleted account, then others still comment on it and like it (its author is told nothing)', async () => {
      const named = await world.post(kim, { isAnonymous: false });
      const anonymous = await world.post(kim, { isAnonymous: true });
      await remove(kim).expect(204);
      for (const postId of [named, anonymous]) {
        await app.http
          .post(`${API}/posts/${postId}/comments`)
          .set(lee.auth)
          .send({ content: '댓글', isAnonymous: true })
          .expect(201);
        await app.http.post(`${API}/posts/${postId}/like`).set(lee.auth).expect(200);
      }
    });

    it('given content of the deleted account, then its author can still be blocked, and the block hides it', async () => {
      const named = await world.post(kim, { isAnonymous: false });
      const anonymous = await world.post(kim, { isAnonymous: true });
      await remove(kim).expect(204);
      for (const postId of [named, anonymous]) {
        const res = await app.http.post(`${API}/posts/${postId}/block-author`).set(lee.auth);
        expect(res.status, JSON.stringify(res.body)).to.equal(201);
        await app.http.get(`${API}/posts/${postId}`).set(lee.auth).expect(404);
      }
    });
  });
}
