import { expect } from 'chai';
import { API, expectError, type Member } from '../support/api.js';
import { BoardWorld } from '../support/board-world.js';
import { STORAGES, startOn } from '../support/storages.js';
import type { TestApp } from '../support/test-app.js';

interface ConversationBody {
  id: string;
  peer: { label: string; isAnonymous: boolean; user: unknown };
  about: { postId: string; title: string } | null;
  lastMessage: { content: string; isMine: boolean } | null;
  unreadCount: number;
}

for (const storage of STORAGES) {
  describe(`messages over HTTP (${storage.name})`, function () {
    let app: TestApp;
    let world: BoardWorld;

    before(async function () {
      const started = await startOn(storage);
      if (!started) return this.skip();
      app = started;
      world = await BoardWorld.create(app);
    });
    after(async () => {
      await app?.close();
    });

    const send = (from: Member, body: Record<string, unknown>) =>
      app.http
        .post(`${API}/messages`)
        .set(from.auth)
        .send({ content: '안녕하세요', ...body });
    const reply = (from: Member, id: string, content = '답장') =>
      app.http.post(`${API}/conversations/${id}/messages`).set(from.auth).send({ content });
    const conversations = async (m: Member, query = '') =>
      (await app.http.get(`${API}/conversations${query}`).set(m.auth).expect(200)).body as {
        items: ConversationBody[];
        nextCursor: string | null;
      };

    it('given a username, when I send named, then both sides see one conversation with each other named', async () => {
      const [a, b] = [await world.member(), await world.member()];
      const sent = await send(a, { toUsername: b.username, isAnonymous: false }).expect(201);
      expect(sent.body).to.have.all.keys('conversation', 'message');
      expect(sent.body.conversation.peer).to.deep.equal({
        label: b.nickname,
        isAnonymous: false,
        user: { id: b.id, username: b.username, nickname: b.nickname },
      });
      expect(sent.body.conversation.about).to.equal(null);
      expect(sent.body.message).to.include({ content: '안녕하세요', isMine: true });
      const [theirs] = (await conversations(b)).items;
      expect(theirs?.id).to.equal(sent.body.conversation.id);
      expect(theirs?.peer).to.deep.equal({
        label: a.nickname,
        isAnonymous: false,
        user: { id: a.id, username: a.username, nickname: a.nickname },
      });
      expect(theirs?.unreadCount).to.equal(1);
      expect(theirs?.lastMessage).to.include({ content: '안녕하세요', isMine: false });
    });

    it('given an open conversation, when either side sends again by username, then it is reused', async () => {
      const [a, b] = [await world.member(), await world.member()];
      const first = await send(a, { toUsername: b.username, isAnonymous: false }).expect(201);
      const again = await send(b, { toUsername: a.username, isAnonymous: false }).expect(201);
      expect(again.body.conversation.id).to.equal(first.body.conversation.id);
      expect(again.body.conversation.peer.user.id).to.equal(a.id);
      const anonymous = await send(a, { toUsername: b.username }).expect(201);
      expect(anonymous.body.conversation.id).to.not.equal(first.body.conversation.id);
    });

    it('given many sends at once to the same post, then they share one conversation', async () => {
      const [author, sender] = [await world.member(), await world.member()];
      const postId = await world.post(author);
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => send(sender, { postId, content: `동시에 ${i}` })),
      );
      expect(answers.map((r) => r.status)).to.deep.equal([201, 201, 201, 201, 201, 201]);
      expect(new Set(answers.map((r) => r.body.conversation.id as string)).size).to.equal(1);
      const id = answers[0]!.body.conversation.id as string;
      const page = await app.http
        .get(`${API}/conversations/${id}/messages?limit=50`)
        .set(author.auth)
        .expect(200);
      expect(page.body.items).to.have.length(6);
      expect((await conversations(author)).items[0]?.unreadCount).to.equal(6);
    });

    it('given bad targets, then each gets its error and nothing is sent', async () => {
      const [a, b] = [await world.member(), await world.member()];
      const postId = await world.post(a);
      const commentId = await world.comment(a, postId);
      expectError(await send(a, { postId }), 400, 'CANNOT_MESSAGE_SELF');
      expectError(await send(a, { commentId }), 400, 'CANNOT_MESSAGE_SELF');
      expectError(await send(a, { toUsername: a.username }), 400, 'CANNOT_MESSAGE_SELF');
      expectError(await send(a, { toUsername: 'nobody_here' }), 404, 'USER_NOT_FOUND');
      expectError(await send(a, { postId: 'missing' }), 404, 'POST_NOT_FOUND');
      expectError(await send(a, { commentId: 'missing' }), 404, 'COMMENT_NOT_FOUND');
      expectError(await send(a, { toUsername: b.username, postId }), 400, 'VALIDATION_FAILED');
      expectError(await send(a, {}), 400, 'VALIDATION_FAILED');
      expectError(await send(a, { toUsername: b.username, content: '' }), 400, 'VALIDATION_FAILED');
      expectError(
        await send(a, { toUsername: b.username, content: 'x'.repeat(1001) }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await send(a, { toUsername: b.username, authorId: b.id }), 400, 'VALIDATION_FAILED');
      expect((await conversations(a)).items).to.deep.equal([]);
      expect((await conversations(b)).items).to.deep.equal([]);
    });

    it('given a post of another school, then it cannot be messaged about', async () => {
      const other = await world.api.school();
      const boardId = await world.board('다른학교', other.id);
      const stranger = await world.api.signUp(other);
      const postId = await world.post(stranger, {}, boardId);
      const me = await world.member();
      expectError(await send(me, { postId }), 403, 'NOT_SCHOOL_MEMBER');
    });

    it('given another member’s conversation, then every route answers 404', async () => {
      const [a, b, c] = [await world.member(), await world.member(), await world.member()];
      const { body } = await send(a, { toUsername: b.username }).expect(201);
      const id = body.conversation.id as string;
      expectError(
        await app.http.get(`${API}/conversations/${id}/messages`).set(c.auth),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectError(await reply(c, id), 404, 'CONVERSATION_NOT_FOUND');
      expectError(
        await app.http.post(`${API}/conversations/${id}/read`).set(c.auth),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectError(
        await app.http.delete(`${API}/conversations/${id}`).set(c.auth),
        404,
        'CONVERSATION_NOT_FOUND',
      );
      expectError(
        await app.http
          .post(`${API}/messages/${body.message.id}/reports`)
          .set(c.auth)
          .send({ reason: 'abuse' }),
        404,
        'MESSAGE_NOT_FOUND',
      );
      expectError(
        await app.http.get(`${API}/conversations/${id}x/messages`).set(a.auth),
        404,
        'CONVERSATION_NOT_FOUND',
      );
    });

    it('given messages both ways, then unread counts follow, read clears mine, and pages go newest first', async () => {
      const [a, b] = [await world.member(), await world.member()];
      const { body } = await send(a, { toUsername: b.username, content: 'm0' }).expect(201);
      const id = body.conversation.id as string;
      for (const n of [1, 2, 3]) await reply(a, id, `m${n}`).expect(201);
      expect((await conversations(b)).items[0]?.unreadCount).to.equal(4);
      expect((await conversations(a)).items[0]?.unreadCount).to.equal(0);
      await app.http.post(`${API}/conversations/${id}/read`).set(b.auth).expect(204);
      expect((await conversations(b)).items[0]?.unreadCount).to.equal(0);
      const answer = await reply(b, id, '읽었어요').expect(201);
      expect(answer.body).to.include({ conversationId: id, content: '읽었어요', isMine: true });
      const first = await app.http.get(`${API}/conversations/${id}/messages?limit=3`).set(a.auth).expect(200);
      expect(first.body.items.map((m: { content: string }) => m.content)).to.deep.equal([
        '읽었어요',
        'm3',
        'm2',
      ]);
      expect(first.body.items.map((m: { isMine: boolean }) => m.isMine)).to.deep.equal([false, true, true]);
      const next = await app.http
        .get(`${API}/conversations/${id}/messages?limit=3&cursor=${first.body.nextCursor as string}`)
        .set(a.auth)
        .expect(200);
      expect(next.body.items.map((m: { content: string }) => m.content)).to.deep.equal(['m1', 'm0']);
      expect(next.body.nextCursor).to.equal(null);
      expect((await conversations(a)).items[0]?.unreadCount).to.equal(1);
    });

    it('given several conversations, then the list goes by latest message and pages by cursor', async () => {
      const me = await world.member();
      const others = [await world.member(), await world.member(), await world.member()];
      const ids: string[] = [];
      for (const other of others)
        ids.push((await send(me, { toUsername: other.username }).expect(201)).body.conversation.id as string);
      await reply(others[0]!, ids[0]!, '맨 위로').expect(201);
      const first = await conversations(me, '?limit=2');
      expect(first.items.map((c) => c.id)).to.deep.equal([ids[0], ids[2]]);
      const rest = await conversations(me, `?limit=2&cursor=${first.nextCursor!}`);
      expect(rest.items.map((c) => c.id)).to.deep.equal([ids[1]]);
      expect(rest.nextCursor).to.equal(null);
      expectError(
        await app.http.get(`${API}/conversations?cursor=nonsense`).set(me.auth),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('given I delete a conversation, then it leaves my list only, until a new message arrives', async () => {
      const [a, b] = [await world.member(), await world.member()];
      const { body } = await send(a, { toUsername: b.username }).expect(201);
      const id = body.conversation.id as string;
      await app.http.delete(`${API}/conversations/${id}`).set(b.auth).expect(204);
      expect((await conversations(b)).items).to.deep.equal([]);
      expect((await conversations(a)).items.map((c) => c.id)).to.deep.equal([id]);
      await reply(a, id, '다시').expect(201);
      const [back] = (await conversations(b)).items;
      expect(back?.id).to.equal(id);
      expect(back?.lastMessage?.content).to.equal('다시');
    });

    it('given a message to me, then I report it once, never my own, and it stays', async () => {
      const [a, b] = [await world.member(), await world.member()];
      const { body } = await send(a, { toUsername: b.username }).expect(201);
      const report = (m: Member) =>
        app.http.post(`${API}/messages/${body.message.id}/reports`).set(m.auth).send({ reason: 'spam' });
      expect((await report(b).expect(201)).body).to.deep.equal({ reported: true });
      expectError(await report(b), 409, 'ALREADY_REPORTED');
      expectError(await report(a), 403, 'CANNOT_REPORT_OWN');
      expectError(
        await app.http.post(`${API}/messages/${body.message.id}/reports`).set(b.auth).send({ reason: 'bad' }),
        400,
        'VALIDATION_FAILED',
      );
      const page = await app.http.get(`${API}/conversations/${body.conversation.id}/messages`).set(b.auth);
      expect(page.body.items).to.have.length(1);
    });

    it('given an Idempotency-Key, when a send is repeated, then the first answer is replayed and one message exists', async () => {
      const [a, b] = [await world.member(), await world.member()];
      const key = `send-${a.id}`;
      const once = () =>
        app.http
          .post(`${API}/messages`)
          .set(a.auth)
          .set('Idempotency-Key', key)
          .send({ toUsername: b.username, content: '한 번만' });
      const first = await once().expect(201);
      const second = await once().expect(201);
      expect(second.headers['idempotent-replayed']).to.equal('true');
      expect(second.body).to.deep.equal(first.body);
      const id = first.body.conversation.id as string;
      const replyOnce = () =>
        app.http
          .post(`${API}/conversations/${id}/messages`)
          .set(b.auth)
          .set('Idempotency-Key', key)
          .send({ content: '답도 한 번만' });
      const r1 = await replyOnce().expect(201);
      expect((await replyOnce().expect(201)).body).to.deep.equal(r1.body);
      const page = await app.http.get(`${API}/conversations/${id}/messages`).set(a.auth).expect(200);
      expect(page.body.items).to.have.length(2);
    });
  });
}

describe('messages over HTTP: MESSAGE_INTERVAL', function () {
  let app: TestApp;
  before(async function () {
    const started = await startOn(STORAGES[0]!, { MESSAGE_INTERVAL: '60s' });
    if (!started) return this.skip();
    app = started;
  });
  after(async () => {
    await app?.close();
  });

  it('given a message just sent, when I send another, then 429 TOO_FAST with Retry-After, in either route', async () => {
    const world = await BoardWorld.create(app);
    const [a, b] = [await world.member(), await world.member()];
    const { body } = await app.http
      .post(`${API}/messages`)
      .set(a.auth)
      .send({ toUsername: b.username, content: '첫 쪽지' })
      .expect(201);
    const again = await app.http
      .post(`${API}/messages`)
      .set(a.auth)
      .send({ toUsername: b.username, content: '또' });
    expectError(again, 429, 'TOO_FAST');
    expect(Number(again.headers['retry-after'])).to.be.greaterThan(0);
    expectError(
      await app.http
        .post(`${API}/conversations/${body.conversation.id}/messages`)
        .set(a.auth)
        .send({ content: '또' }),
      429,
      'TOO_FAST',
    );
    await app.http
      .post(`${API}/conversations/${body.conversation.id}/messages`)
      .set(b.auth)
      .send({ content: '나는 보낼 수 있어요' })
      .expect(201);
  });
});
