import { RecordingMailer } from '@campus/adapters/mail';
import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { SseClient } from '../support/sse-client.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

interface NotificationBody {
  id: string;
  type: string;
  text: string;
  target: Record<string, string>;
  isRead: boolean;
  createdAt: string;
}

for (const storage of STORAGES) {
  describe(`Notifications over HTTP (${storage.name})`, function () {
    this.timeout(30_000);
    let app: TestApp | null = null;
    let world: BoardWorld;
    let author: Member;
    let commenter: Member;

    beforeEach(async function () {
      app = await startOn(storage, { HOT_THRESHOLD: '2' });
      if (!app) return this.skip();
      world = await BoardWorld.create(app);
      [author, commenter] = [await world.member(), await world.member()];
    });
    afterEach(async () => {
      await app?.close();
      app = null;
    });

    const list = async (member: Member, query = '') => {
      const res = await app!.http.get(`${API}/notifications${query}`).set(member.auth);
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      return res.body as { items: NotificationBody[]; nextCursor: string | null; unreadCount: number };
    };
    const stream = (member: Member, headers: Record<string, string> = {}) =>
      SseClient.open(`${app!.url}${API}/notifications/stream`, { ...member.auth, ...headers });

    it('given an anonymous comment on my post, then I am told as 익명1 saw it, and the commenter is told nothing', async () => {
      const postId = await world.post(author);
      const commentId = await world.comment(commenter, postId, { isAnonymous: true });
      const mine = await list(author);
      expect(mine.unreadCount).to.equal(1);
      expect(mine.nextCursor).to.equal(null);
      expect(mine.items).to.have.length(1);
      const [only] = mine.items;
      expect(Object.keys(only!).sort()).to.deep.equal([
        'createdAt',
        'id',
        'isRead',
        'target',
        'text',
        'type',
      ]);
      expect(only).to.include({ type: 'comment', text: '익명1님이 댓글을 남겼습니다', isRead: false });
      expect(only!.target).to.deep.equal({ postId, commentId });
      // Nothing of the account behind the anonymous comment.
      const raw = JSON.stringify(mine);
      for (const secret of [commenter.id, commenter.username, commenter.nickname])
        expect(raw).to.not.include(secret);
      expect((await list(commenter)).items).to.deep.equal([]);
    });

    it('given a reply under my comment on an anonymous post, then I get `reply` naming 익명(글쓴이) when the post author replied', async () => {
      const postId = await world.post(author, { isAnonymous: true });
      const parentId = await world.comment(commenter, postId, { isAnonymous: false });
      await world.comment(author, postId, { isAnonymous: true, parentId });
      const theirs = await list(commenter);
      expect(theirs.items.map((n) => [n.type, n.text])).to.deep.equal([
        ['reply', '익명(글쓴이)님이 답글을 남겼습니다'],
      ]);
      // The author was told of the named comment under its nickname, and not of their own reply.
      const mine = await list(author);
      expect(mine.items.map((n) => [n.type, n.text])).to.deep.equal([
        ['comment', `${commenter.nickname}님이 댓글을 남겼습니다`],
      ]);
    });

    it('given a third member replying to a comment, then the comment author gets `reply` and the post author `comment`', async () => {
      const third = await world.member();
      const postId = await world.post(author);
      const parentId = await world.comment(commenter, postId);
      await world.comment(third, postId, { parentId });
      expect((await list(commenter)).items.map((n) => n.type)).to.deep.equal(['reply']);
      expect((await list(author)).items.map((n) => [n.type, n.text])).to.deep.equal([
        ['comment', '익명2님이 댓글을 남겼습니다'],
        ['comment', '익명1님이 댓글을 남겼습니다'],
      ]);
    });

    it('given likes crossing HOT_THRESHOLD, then the author is told once that the post is HOT', async () => {
      const postId = await world.post(author);
      for (const fan of [commenter, await world.member(), await world.member()])
        await world.like(fan, postId);
      const mine = await list(author);
      expect(mine.items.map((n) => [n.type, n.text, n.target])).to.deep.equal([
        ['hot', '내 글이 HOT 게시물이 되었습니다', { postId }],
      ]);
    });

    it('given a friend request and its acceptance, then each side is told by nickname', async () => {
      const sent = await app!.http
        .post(`${API}/friends/requests`)
        .set(author.auth)
        .send({ username: commenter.username })
        .expect(201);
      expect((await list(commenter)).items.map((n) => [n.type, n.text, n.target])).to.deep.equal([
        ['friend_request', `${author.nickname}님이 친구 요청을 보냈습니다`, {}],
      ]);
      await app!.http.post(`${API}/friends/requests/${sent.body.id}/accept`).set(commenter.auth).expect(200);
      expect((await list(author)).items.map((n) => [n.type, n.text])).to.deep.equal([
        ['friend_accepted', `${commenter.nickname}님이 친구 요청을 수락했습니다`],
      ]);
    });

    it('pages newest first with a cursor, lists unread ones, and marks read up to an id', async () => {
      const postId = await world.post(author);
      for (let i = 0; i < 5; i++) await world.comment(commenter, postId, { content: `c${i}` });
      const first = await list(author, '?limit=2');
      expect(first.items).to.have.length(2);
      expect(first.unreadCount).to.equal(5);
      const second = await list(author, `?limit=2&cursor=${first.nextCursor}`);
      const third = await list(author, `?limit=2&cursor=${second.nextCursor}`);
      expect(third.nextCursor).to.equal(null);
      const all = [...first.items, ...second.items, ...third.items];
      expect(new Set(all.map((n) => n.id)).size).to.equal(5);
      const times = all.map((n) => n.createdAt);
      expect(times).to.deep.equal([...times].sort().reverse());

      // The third newest and everything older.
      await app!.http
        .post(`${API}/notifications/read`)
        .set(author.auth)
        .send({ upTo: all[2]!.id })
        .expect(204);
      const unread = await list(author, '?unread=true');
      expect(unread.items.map((n) => n.id)).to.deep.equal([all[0]!.id, all[1]!.id]);
      expect(unread.unreadCount).to.equal(2);
      // Someone else's id marks nothing of theirs or mine.
      await app!.http
        .post(`${API}/notifications/read`)
        .set(commenter.auth)
        .send({ upTo: all[0]!.id })
        .expect(204);
      expect((await list(author)).unreadCount).to.equal(2);
      await app!.http.post(`${API}/notifications/read`).set(author.auth).expect(204);
      expect((await list(author)).unreadCount).to.equal(0);
    });

    it('refuses a bad cursor, limit, unread or body, and a request without a token', async () => {
      expectError(
        await app!.http.get(`${API}/notifications?cursor=nope`).set(author.auth),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await app!.http.get(`${API}/notifications?limit=51`).set(author.auth),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await app!.http.get(`${API}/notifications?unread=yes`).set(author.auth),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await app!.http.post(`${API}/notifications/read`).set(author.auth).send({ upTo: 1 }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await app!.http.post(`${API}/notifications/read`).set(author.auth).send({ all: true }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await app!.http.get(`${API}/notifications`), 401, 'UNAUTHENTICATED');
      expectError(await app!.http.get(`${API}/notifications/stream`), 401, 'UNAUTHENTICATED');
    });

    it('streams a new notification within a second, as the list shows it, with its id', async () => {
      const postId = await world.post(author);
      const client = await stream(author);
      try {
        expect(client.status).to.equal(200);
        expect(client.response.headers['content-type']).to.match(/^text\/event-stream/);
        expect(client.response.headers['cache-control']).to.include('no-cache');
        const started = Date.now();
        await world.comment(commenter, postId);
        const [event] = await client.waitFor(1, 1_000);
        expect(Date.now() - started).to.be.below(1_000);
        const listed = (await list(author)).items[0];
        expect(event!.event).to.equal('notification');
        expect(event!.id).to.equal(listed!.id);
        expect(JSON.parse(event!.data)).to.deep.equal(listed);
        expect(client.comments).to.include('open');
      } finally {
        client.close();
      }
    });

    it('given Last-Event-ID, then the ones missed since come first, oldest first, then the new ones', async () => {
      const postId = await world.post(author);
      await world.comment(commenter, postId, { content: 'seen' });
      const [seen] = (await list(author)).items;
      await world.comment(commenter, postId, { content: 'missed 1' });
      await world.comment(commenter, postId, { content: 'missed 2' });
      const client = await stream(author, { 'Last-Event-ID': seen!.id });
      try {
        const missed = await client.waitFor(2);
        const listed = (await list(author)).items;
        expect(missed.map((e) => e.id)).to.deep.equal([listed[1]!.id, listed[0]!.id]);
        await world.comment(commenter, postId, { content: 'new' });
        const all = await client.waitFor(3);
        expect(all[2]!.id).to.equal((await list(author)).items[0]!.id);
        expect(client.events).to.have.length(3);
      } finally {
        client.close();
      }
    });

    it('given a stream open, when its session logs out, then the stream ends within a second; another session’s stays', async () => {
      const other = await app!.http
        .post(`${API}/auth/login`)
        .send({ username: author.username, password: 'correct horse battery' })
        .expect(200);
      const mine = await stream(author);
      const theirs = await stream(author, { Authorization: `Bearer ${other.body.accessToken}` });
      try {
        const started = Date.now();
        await app!.http
          .post(`${API}/auth/logout`)
          .set(author.auth)
          .send({ refreshToken: author.refreshToken })
          .expect(204);
        await mine.closed;
        expect(Date.now() - started).to.be.below(1_000);
        expect(theirs.isEnded).to.equal(false);
      } finally {
        mine.close();
        theirs.close();
      }
    });

    it('given a short ACCESS_TOKEN_TTL, then the stream ends by itself when its token expires, and a fresh token with Last-Event-ID resumes', async () => {
      const short = (await startOn(storage, { ACCESS_TOKEN_TTL: '3s' }))!;
      try {
        const place = await BoardWorld.create(short);
        const other = await place.member();
        const me = await place.member();
        const exp =
          (JSON.parse(Buffer.from(me.accessToken.split('.')[1]!, 'base64url').toString()) as { exp: number })
            .exp * 1_000;
        const postId = await place.post(me);
        const client = await SseClient.open(`${short.url}${API}/notifications/stream`, me.auth);
        expect(client.status).to.equal(200);
        await place.comment(other, postId, { content: 'before expiry' });
        const [seen] = await client.waitFor(1);
        await client.closed;
        // Not before the token's exp (the token is refused from then on), and at once after it.
        const ended = Date.now();
        expect(ended).to.be.at.least(exp - 20);
        expect(ended).to.be.below(exp + 1_000);
        expect(client.comments).to.include('expired');
        expectError(await short.http.get(`${API}/notifications`).set(me.auth), 401, 'TOKEN_EXPIRED');
        const refreshed = await short.http
          .post(`${API}/auth/refresh`)
          .send({ refreshToken: me.refreshToken })
          .expect(200);
        const writer = await short.http
          .post(`${API}/auth/refresh`)
          .send({ refreshToken: other.refreshToken })
          .expect(200);
        await short.http
          .post(`${API}/posts/${postId}/comments`)
          .set({ Authorization: `Bearer ${writer.body.accessToken}` })
          .send({ content: 'while away' })
          .expect(201);
        const again = await SseClient.open(`${short.url}${API}/notifications/stream`, {
          Authorization: `Bearer ${refreshed.body.accessToken}`,
          'Last-Event-ID': seen!.id!,
        });
        try {
          const [missed] = await again.waitFor(1);
          expect(missed!.id).to.not.equal(seen!.id);
          expect(JSON.parse(missed!.data)).to.include({ type: 'comment' });
        } finally {
          again.close();
        }
      } finally {
        await short.close();
      }
    });

    it('given streams open, when their sessions end by a password change, a reset, a refresh token reused or the account deleted, then each ends within a second', async () => {
      const mails = new RecordingMailer();
      const ending = (await startOn(
        storage,
        { REFRESH_REUSE_GRACE: '0s', PUBLIC_URL: 'https://campus.example' },
        { mailer: mails },
      ))!;
      const open = (token: string) =>
        SseClient.open(`${ending.url}${API}/notifications/stream`, { Authorization: `Bearer ${token}` });
      const logIn = async (username: string, password = 'correct horse battery') =>
        (await ending.http.post(`${API}/auth/login`).send({ username, password }).expect(200)).body as {
          accessToken: string;
          refreshToken: string;
        };
      const endsSoon = async (client: SseClient, started: number) => {
        await Promise.race([client.closed, new Promise((resolve) => setTimeout(resolve, 1_000))]);
        expect(client.isEnded, 'the stream ended').to.equal(true);
        expect(Date.now() - started).to.be.below(1_000);
      };
      try {
        const api = new ApiClient(ending);
        const school = await api.school();

        // A password change ends the member's other sessions, not the one that changed it.
        const kim = await api.signUp(school);
        const elsewhere = await logIn(kim.username);
        const [kept, other] = [await open(kim.accessToken), await open(elsewhere.accessToken)];
        let started = Date.now();
        await ending.http
          .post(`${API}/me/password`)
          .set(kim.auth)
          .send({ currentPassword: 'correct horse battery', newPassword: 'a new password 1' })
          .expect(204);
        await endsSoon(other, started);
        expect(kept.isEnded).to.equal(false);
        kept.close();

        // A reset ends every session of the account.
        const lee = await api.signUp(school, { email: 'lee@example.com' });
        const leeStream = await open(lee.accessToken);
        await ending.http.post(`${API}/auth/password-reset`).send({ email: 'lee@example.com' }).expect(202);
        for (let i = 0; i < 100 && !mails.lastTo('lee@example.com'); i++)
          await new Promise((resolve) => setTimeout(resolve, 20));
        const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(
          mails.lastTo('lee@example.com')!.text,
        )![1]!;
        started = Date.now();
        await ending.http
          .post(`${API}/auth/password-reset/confirm`)
          .send({ token, newPassword: 'a new password 2' })
          .expect(204);
        await endsSoon(leeStream, started);

        // A refresh token presented again after its use revokes its session.
        const park = await api.signUp(school);
        const parkStream = await open(park.accessToken);
        await ending.http.post(`${API}/auth/refresh`).send({ refreshToken: park.refreshToken }).expect(200);
        started = Date.now();
        expectError(
          await ending.http.post(`${API}/auth/refresh`).send({ refreshToken: park.refreshToken }),
          401,
          'REFRESH_TOKEN_REUSED',
        );
        await endsSoon(parkStream, started);

        // Deleting the account ends all of its sessions' streams.
        const choi = await api.signUp(school);
        const choiElsewhere = await logIn(choi.username);
        const choiStreams = [await open(choi.accessToken), await open(choiElsewhere.accessToken)];
        started = Date.now();
        await ending.http
          .delete(`${API}/me`)
          .set(choi.auth)
          .send({ password: 'correct horse battery' })
          .expect(204);
        for (const client of choiStreams) await endsSoon(client, started);
      } finally {
        await ending.close();
      }
    });

    it('counts open streams in the metrics (METRICS=on)', async () => {
      const metered = (await startOn(storage, { METRICS: 'on' }))!;
      try {
        const api = new ApiClient(metered);
        const member = await api.signUp(await api.school());
        const gauge = async () =>
          /^campus_notification_streams (\d+)$/m.exec(
            (await metered.http.get('/metrics').expect(200)).text,
          )?.[1];
        expect(await gauge()).to.equal('0');
        const client = await SseClient.open(`${metered.url}${API}/notifications/stream`, member.auth);
        expect(await gauge()).to.equal('1');
        client.close();
        await client.closed;
        for (let i = 0; i < 50 && (await gauge()) !== '0'; i++) await new Promise((r) => setTimeout(r, 20));
        expect(await gauge()).to.equal('0');
      } finally {
        await metered.close();
      }
    });

    it('given streams open, when the server stops, then they end and the stop does not wait for them', async () => {
      const client = await stream(author);
      const started = Date.now();
      await app!.close();
      app = null;
      await client.closed;
      expect(Date.now() - started).to.be.below(2_000);
    });
  });
}
