import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

/** `익명` spelled with conjoining jamo, as NFD text sends it. */
const DECOMPOSED_IKMYEONG = '\u110b\u1175\u11a8\u1106\u1167\u11bc';

for (const storage of STORAGES) {
  describe(`identity and input over HTTP (${storage.name})`, function () {
    this.timeout(60_000);
    let app: TestApp;
    let world: BoardWorld;
    let n = 0;

    before(async function () {
      const started = await startOn(storage, { POST_INTERVAL: '0s', COMMENT_INTERVAL: '0s' });
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
    });

    const signUp = (nickname: string) =>
      app.http.post(`${API}/auth/signup`).send({
        username: `input_${++n}`,
        password: 'correct horse battery',
        email: `input${n}@example.com`,
        nickname,
        schoolId: world.school.id,
        departmentId: world.school.departmentId,
      });
    const nicknameOf = async (m: Member) =>
      (await app.http.get(`${API}/me`).set(m.auth).expect(200)).body.nickname;

    describe('nicknames', () => {
      it('refuses a look-alike of a taken nickname with 409 NICKNAME_TAKEN, at sign-up and at PATCH /me', async () => {
        await signUp('Look가').expect(201);
        for (const lookAlike of ['Ｌｏｏｋ가', 'LOOK가', 'look\u1100\u1161'])
          expectError(await signUp(lookAlike), 409, 'NICKNAME_TAKEN');
        const member = await world.member();
        expectError(
          await app.http.patch(`${API}/me`).set(member.auth).send({ nickname: 'ｌｏｏｋ가' }),
          409,
          'NICKNAME_TAKEN',
        );
        expect(await nicknameOf(member)).to.equal(member.nickname);
      });

      it('refuses nicknames that read as labels the server shows with 400 NICKNAME_RESERVED, and writes nothing', async () => {
        const member = await world.member();
        for (const reserved of [
          '익명1',
          '익명(글쓴이)',
          `${DECOMPOSED_IKMYEONG}2`,
          '글쓴이',
          '(탈퇴한 사용자)',
          '운영자',
          'Admin',
          '닉（네임）',
        ]) {
          const username = `input_${n + 1}`;
          expectError(await signUp(reserved), 400, 'NICKNAME_RESERVED');
          expectError(await app.http.get(`${API}/users/${username}`).set(member.auth), 404, 'USER_NOT_FOUND');
          const patched = await app.http.patch(`${API}/me`).set(member.auth).send({ nickname: reserved });
          expectError(patched, 400, 'NICKNAME_RESERVED');
        }
        expect(await nicknameOf(member)).to.equal(member.nickname);
      });

      it('refuses invisible, format and control characters with 400 VALIDATION_FAILED', async () => {
        const member = await world.member();
        for (const nickname of ['zero\u200bwidth', '\u202ereversed', 'join\u200der', '닉\u3164네임']) {
          expectError(await signUp(nickname), 400, 'VALIDATION_FAILED');
          expectError(
            await app.http.patch(`${API}/me`).set(member.auth).send({ nickname }),
            400,
            'VALIDATION_FAILED',
          );
        }
        expect(await nicknameOf(member)).to.equal(member.nickname);
      });

      it('accepts a nickname that only holds a reserved word further in, and keeps it as typed', async () => {
        const res = await signUp('나는익명 😀').expect(201);
        expect(res.body.user.nickname).to.equal('나는익명 😀');
      });
    });

    describe('usernames', () => {
      it('finds a user by the exact username only: padded or other case is 404 USER_NOT_FOUND, for profiles, timetables and friend requests', async () => {
        const [me, them] = [await world.member(), await world.member()];
        await app.http.get(`${API}/users/${them.username}`).set(me.auth).expect(200);
        for (const spelling of [
          `${them.username}%20`,
          `${them.username}%20%20`,
          `%20${them.username}`,
          them.username.toUpperCase(),
        ]) {
          expectError(await app.http.get(`${API}/users/${spelling}`).set(me.auth), 404, 'USER_NOT_FOUND');
          const timetable = await app.http
            .get(`${API}/users/${spelling}/timetable?semester=2026-1`)
            .set(me.auth);
          expectError(timetable, 404, 'USER_NOT_FOUND');
        }
        for (const username of [`${them.username} `, `${them.username}  `, them.username.toUpperCase()]) {
          const asked = await app.http.post(`${API}/friends/requests`).set(me.auth).send({ username });
          expectError(asked, 404, 'USER_NOT_FOUND');
        }
        const pending = await app.http.get(`${API}/friends/requests`).set(them.auth).expect(200);
        expect(pending.body.incoming).to.deep.equal([]);
      });
    });

    describe('ids in paths', () => {
      it('answers a padded or upper-cased post id with 404, and the author deletes nothing through it', async () => {
        const author = await world.member();
        const postId = await world.post(author);
        for (const spelling of [`${postId}%20`, `${postId}%20%20`, postId.toUpperCase(), `${postId}%09`]) {
          expectError(await app.http.get(`${API}/posts/${spelling}`).set(author.auth), 404, 'POST_NOT_FOUND');
          expectError(
            await app.http.delete(`${API}/posts/${spelling}`).set(author.auth),
            404,
            'POST_NOT_FOUND',
          );
          const edited = await app.http
            .patch(`${API}/posts/${spelling}`)
            .set(author.auth)
            .send({ title: '바뀜' });
          expectError(edited, 404, 'POST_NOT_FOUND');
        }
        const post = await app.http.get(`${API}/posts/${postId}`).set(author.auth).expect(200);
        expect(post.body.title).not.to.equal('바뀜');
      });

      it('answers a padded comment id with 404 COMMENT_NOT_FOUND, and the comment stays', async () => {
        const author = await world.member();
        const postId = await world.post(author);
        const commentId = await world.comment(author, postId, { content: '그대로' });
        expectError(
          await app.http.delete(`${API}/comments/${commentId}%20`).set(author.auth),
          404,
          'COMMENT_NOT_FOUND',
        );
        const comments = await app.http.get(`${API}/posts/${postId}/comments`).set(author.auth).expect(200);
        expect(comments.body.map((c: { id: string }) => c.id)).to.deep.equal([commentId]);
      });
    });

    describe('well-formed text', () => {
      const boardPosts = async (m: Member) =>
        (await app.http.get(`${API}/boards/${world.boardId}/posts`).set(m.auth).expect(200)).body.items
          .length;

      it('refuses a lone surrogate or a NUL in any string of a body with 400 VALIDATION_FAILED, and writes nothing', async () => {
        const author = await world.member();
        const before = await boardPosts(author);
        for (const title of [
          'half \ud800 a pair',
          'low \udc00 half',
          'ends in \ud83d',
          'nul \u0000 inside',
        ]) {
          const res = await app.http
            .post(`${API}/boards/${world.boardId}/posts`)
            .set(author.auth)
            .send({ title, content: 'body' });
          expectError(res, 400, 'VALIDATION_FAILED');
          expect(res.body.error.details[0].path).to.equal('title');
          const inContent = await app.http
            .post(`${API}/boards/${world.boardId}/posts`)
            .set(author.auth)
            .send({ title: 'fine', content: title });
          expectError(inContent, 400, 'VALIDATION_FAILED');
        }
        expectError(await signUp('닉\ud800네임'), 400, 'VALIDATION_FAILED');
        expect(await boardPosts(author)).to.equal(before);
      });

      it('keeps well-formed text, astral characters included, byte for byte', async () => {
        const author = await world.member();
        const title = '😀 𝒜 한글 e\u0301';
        const res = await app.http
          .post(`${API}/boards/${world.boardId}/posts`)
          .set(author.auth)
          .send({ title, content: title })
          .expect(201);
        const read = await app.http.get(`${API}/posts/${res.body.id}`).set(author.auth).expect(200);
        expect([read.body.title, read.body.content]).to.deep.equal([title, title]);
      });
    });
  });
}
