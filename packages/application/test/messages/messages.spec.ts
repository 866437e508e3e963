import { provide } from '@campus/adapters/composition';
import { memoryPorts } from '@campus/adapters/memory';
import { BcryptPasswordHasher } from '@campus/adapters/security';
import { FixedClock } from '@campus/adapters/system';
import {
  CONVERSATION_REPOSITORY,
  MESSAGING_GATE,
  UserId,
  type Actor,
  type MessageAttempt,
  type MessagingGate,
} from '@campus/domain';
import { expect } from 'chai';
import { createUseCases, type CreatePostInput, type SendMessageInput } from '../../src/index.js';

const PASSWORD = 'correct horse battery';

/** A gate that records what it was asked and answers `allowed`. */
class RecordingGate implements MessagingGate {
  readonly asked: MessageAttempt[] = [];
  allowed = true;
  allows(attempt: MessageAttempt): Promise<boolean> {
    this.asked.push(attempt);
    return Promise.resolve(this.allowed);
  }
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected a rejection');
}

/**
 * A school with a board and three members on the memory ports, with a recording gate, and the
 * steps tests take: a post on the board, a message, a reply, the two lists, leaving.
 */
async function world(messageIntervalMs = 0) {
  const gate = new RecordingGate();
  const ports = memoryPorts({
    secret: 'a secret of at least 32 bytes!!!',
    clock: new FixedClock(),
    hasher: new BcryptPasswordHasher(4),
    writeLimits: { postIntervalMs: 0, commentIntervalMs: 0, messageIntervalMs, writeBurst: 0 },
  }).add([provide(MESSAGING_GATE, gate)]);
  const campus = createUseCases(ports.get);
  const admin: Actor = { id: UserId('setup'), role: 'admin', schoolId: null };
  const school = await campus.identity.createSchool.execute({ actor: admin, name: '한국대학교' });
  const dept = await campus.identity.createDepartment.execute({
    actor: admin,
    schoolId: school.id,
    name: '물리',
  });
  const member = async (name: string): Promise<Actor & { username: string; nickname: string }> => {
    const { user } = await campus.identity.signUp.execute({
      username: name,
      password: PASSWORD,
      email: `${name}@example.com`,
      nickname: `${name}닉`,
      schoolId: school.id,
      departmentId: dept.id,
    });
    return {
      id: UserId(user.id),
      role: 'user',
      schoolId: school.id as never,
      username: name,
      nickname: user.nickname,
    };
  };
  const board = await campus.board.createBoard.execute({
    actor: admin,
    schoolId: school.id,
    name: '자유',
    description: '',
  });
  const [kim, lee, park] = [await member('kim_1'), await member('lee_2'), await member('park_3')];
  const m = campus.messages;
  return {
    campus,
    gate,
    kim,
    lee,
    park,
    conversations: ports.get(CONVERSATION_REPOSITORY),
    post: (author: Actor, input: Partial<Omit<CreatePostInput, 'actor' | 'boardId'>> = {}) =>
      campus.board.createPost.execute({
        actor: author,
        boardId: board.id,
        title: 't',
        content: 'c',
        ...input,
      }),
    send: (actor: Actor, input: Omit<SendMessageInput, 'actor'>) =>
      m.sendMessage.execute({ actor, ...input }),
    reply: (actor: Actor, conversationId: string, content: string) =>
      m.replyInConversation.execute({ actor, conversationId, content }),
    listed: (actor: Actor, limit = 9) => m.listConversations.execute({ actor, page: { limit, after: null } }),
    messagesIn: (actor: Actor, conversationId: string, limit = 9) =>
      m.listMessages.execute({ actor, conversationId, page: { limit, after: null } }),
    leave: (actor: Actor) => campus.accountDeletion.deleteAccount.execute({ actor, password: PASSWORD }),
  };
}

/** What the gate is asked for a message between the two sides of a conversation about an anonymous post. */
const aboutAnonymousPost = (sender: Actor, recipient: Actor, postId: string): MessageAttempt => ({
  senderId: sender.id,
  recipientId: recipient.id,
  subject: { kind: 'post', postId: postId as never },
  senderIsAnonymous: true,
  recipientIsAnonymous: true,
  aboutPostId: postId as never,
});

describe('messages use cases', () => {
  it('given an anonymous sender, when the recipient lists, then the sender is 익명 with no account and the post as about', async () => {
    const { post, send, listed, kim, lee } = await world();
    const named = await post(lee, { title: '실명 글', content: '내용', isAnonymous: false });
    const sent = await send(kim, { postId: named.id, content: ' 안녕 ' });
    expect(sent.message.content, 'trimmed like every text').to.equal('안녕');
    expect(sent.conversation.peer).to.deep.equal({
      label: lee.nickname,
      isAnonymous: false,
      user: { id: lee.id, username: lee.username, nickname: lee.nickname },
    });
    const list = await listed(lee, 5);
    expect(list.items[0]?.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    expect(list.items[0]?.about).to.deep.equal({ postId: named.id, title: '실명 글' });
    expect(JSON.stringify(list))
      .to.not.include(kim.id)
      .and.not.include(kim.username)
      .and.not.include(kim.nickname);
  });

  it('given an anonymous post, when a named member messages it, then its author is only 익명 to them, in every answer', async () => {
    const { post, send, reply, listed, messagesIn, kim, lee } = await world();
    const anonymous = await post(lee, { title: '익명 글', content: '내용' });
    const sent = await send(kim, { postId: anonymous.id, content: 'hi', isAnonymous: false });
    await reply(lee, sent.conversation.id, '네');
    const list = await listed(kim, 5);
    const messages = await messagesIn(kim, sent.conversation.id, 5);
    expect(sent.conversation.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    for (const answer of [sent, list, messages])
      expect(JSON.stringify(answer))
        .to.not.include(lee.id)
        .and.not.include(lee.username)
        .and.not.include(lee.nickname);
  });

  it('given the gate refuses, then neither a first message nor a reply is written, and it is asked with the subject', async () => {
    const { gate, post, send, reply, listed, messagesIn, kim, lee } = await world();
    const anonymous = await post(lee);
    const sent = await send(kim, { postId: anonymous.id, content: 'first' });
    expect(gate.asked[0]).to.deep.equal(aboutAnonymousPost(kim, lee, anonymous.id));
    gate.allowed = false;
    expect(await codeOf(send(kim, { toUsername: lee.username, content: 'x' }))).to.equal('BLOCKED');
    expect(await codeOf(reply(lee, sent.conversation.id, 'x'))).to.equal('BLOCKED');
    expect(gate.asked[2]).to.deep.equal(aboutAnonymousPost(lee, kim, anonymous.id));
    const page = await messagesIn(kim, sent.conversation.id);
    expect(page.items.map((m) => m.content)).to.deep.equal(['first']);
    expect((await listed(kim)).items).to.have.length(1);
  });

  it('given a member who deletes their account, then the other keeps the conversation, reads it, and cannot write in it', async () => {
    const { send, reply, listed, messagesIn, leave, kim, lee } = await world();
    const sent = await send(kim, { toUsername: lee.username, content: 'hi', isAnonymous: false });
    await reply(lee, sent.conversation.id, '답장');
    await leave(lee);

    const list = await listed(kim);
    expect(list.items.map((c) => c.id)).to.deep.equal([sent.conversation.id]);
    expect(list.items[0]?.peer).to.deep.equal({ label: '(탈퇴한 사용자)', isAnonymous: false, user: null });
    expect(list.items[0]?.lastMessage).to.include({ content: '답장', isMine: false });
    const messages = await messagesIn(kim, sent.conversation.id);
    expect(messages.items.map((m) => [m.content, m.isMine])).to.deep.equal([
      ['답장', false],
      ['hi', true],
    ]);
    expect(JSON.stringify([list, messages]))
      .to.not.include(lee.id)
      .and.not.include(lee.username);
    expect(await codeOf(reply(kim, sent.conversation.id, 'x'))).to.equal('CONVERSATION_CLOSED');
    expect(await codeOf(send(kim, { toUsername: lee.username, content: 'hi', isAnonymous: false }))).to.equal(
      'USER_NOT_FOUND',
    );
  });

  it('given an anonymous side that deletes its account, then the other still sees it by the label it had', async () => {
    const { post, send, reply, listed, leave, kim, lee } = await world();
    const named = await post(lee, { title: '실명 글', content: '내용', isAnonymous: false });
    const sent = await send(kim, { postId: named.id, content: '안녕' });
    const before = await listed(lee, 5);
    await leave(kim);
    const after = await listed(lee, 5);
    expect(after.items.map((c) => c.peer)).to.deep.equal(before.items.map((c) => c.peer));
    expect(after.items[0]?.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    expect(await codeOf(reply(lee, sent.conversation.id, 'x'))).to.equal('CONVERSATION_CLOSED');
  });

  it('given anonymous content whose author deleted their account, then it is messaged as a live author who never answers', async () => {
    const { campus, post, send, reply, listed, leave, kim, lee, park, conversations } = await world();
    // lee leaves, park stays: each wrote an anonymous post and an anonymous comment on it.
    const write = async (author: Actor) => {
      const anonymous = await post(author, { title: '익명 글', content: '내용' });
      const comment = await campus.board.createComment.execute({
        actor: author,
        postId: anonymous.id,
        content: '댓글',
      });
      return { postId: anonymous.id, commentId: comment.id };
    };
    const [departed, live] = [await write(lee), await write(park)];
    await leave(lee);

    const greet = (target: { postId: string } | { commentId: string }) =>
      send(kim, { ...target, content: '안녕' });
    // The answer, without what differs between any two conversations (ids, times, the post).
    const shape = ({ conversation, message }: Awaited<ReturnType<typeof greet>>) => ({
      conversation: {
        ...conversation,
        id: null,
        createdAt: null,
        about: { title: conversation.about?.title },
      },
      message: { ...message, id: null, conversationId: null, sentAt: null },
    });
    for (const target of [{ postId: departed.postId }, { commentId: departed.commentId }]) {
      const sent = await greet(target);
      const twin = await greet('postId' in target ? { postId: live.postId } : { commentId: live.commentId });
      expect(shape(sent)).to.deep.equal(shape(twin));
      expect((await conversations.findById(sent.conversation.id as never))?.isClosed).to.equal(false);
      expect((await greet(target)).conversation.id, 'the same conversation again').to.equal(
        sent.conversation.id,
      );
      expect((await reply(kim, sent.conversation.id, '또')).isMine).to.equal(true);
    }
    const list = await listed(kim);
    expect(list.items).to.have.length(4);
    expect(list.items.map((c) => [c.peer.isAnonymous, c.peer.user, c.unreadCount])).to.deep.equal(
      Array.from({ length: 4 }, () => [true, null, 0]),
    );
    // The sender can still leave: the conversations close with their account, as any other.
    await leave(kim);
    for (const { id } of list.items)
      expect((await conversations.findById(id as never))?.isClosed).to.equal(true);
  });

  it('given named content whose author deleted their account, or an unknown username, then a new message is USER_NOT_FOUND', async () => {
    const { post, send, leave, kim, lee } = await world();
    const named = await post(lee, { title: '실명 글', content: '내용', isAnonymous: false });
    await leave(lee);
    expect(await codeOf(send(kim, { postId: named.id, content: 'hi' }))).to.equal('USER_NOT_FOUND');
    expect(await codeOf(send(kim, { toUsername: lee.username, content: 'hi' }))).to.equal('USER_NOT_FOUND');
  });

  it('given MESSAGE_INTERVAL, then a second message is TOO_FAST, and a refused send costs no interval', async () => {
    const { send, kim, lee, park } = await world(60_000);
    expect(await codeOf(send(kim, { toUsername: 'nobody', content: 'x' }))).to.equal('USER_NOT_FOUND');
    await send(kim, { toUsername: lee.username, content: 'x' });
    expect(await codeOf(send(kim, { toUsername: park.username, content: 'y' }))).to.equal('TOO_FAST');
  });

  it('given content, then 1 to 1000 characters count code points, and exactly one target is needed', async () => {
    const { campus, kim, lee } = await world();
    const send = (content: string, extra: object = { toUsername: lee.username }) =>
      campus.messages.sendMessage.execute({ actor: kim, content, ...extra });
    await send('😀'.repeat(1000));
    expect(await codeOf(send('가'.repeat(1001)))).to.equal('VALIDATION_FAILED');
    expect(await codeOf(send('   '))).to.equal('VALIDATION_FAILED');
    expect(await codeOf(send('x', {}))).to.equal('VALIDATION_FAILED');
    expect(await codeOf(send('x', { toUsername: lee.username, postId: 'p' }))).to.equal('VALIDATION_FAILED');
  });

  it('given a message, then only the other member reports it, once, and others find no such message', async () => {
    const { campus, send, kim, lee, park } = await world();
    const { message } = await send(kim, { toUsername: lee.username, content: 'x' });
    const report = (actor: Actor) =>
      campus.messages.reportMessage.execute({ actor, messageId: message.id, reason: 'spam' });
    expect(await report(lee)).to.deep.equal({ reported: true });
    expect(await codeOf(report(lee))).to.equal('ALREADY_REPORTED');
    expect(await codeOf(report(kim))).to.equal('CANNOT_REPORT_OWN');
    expect(await codeOf(report(park))).to.equal('MESSAGE_NOT_FOUND');
  });
});

describe('message notifications', () => {
  const texts = async (campus: Awaited<ReturnType<typeof world>>['campus'], actor: Actor) =>
    (
      await campus.notifications.listNotifications.execute({ actor, page: { limit: 20, after: null } })
    ).items.map((n) => [n.type, n.text, n.target.conversationId ?? null]);

  it('given an anonymous first message and a named reply, then each side is told, naming the other as they see them, and never themselves', async () => {
    const { campus, post, send, reply, kim, lee } = await world();
    const anonymous = await post(lee, { title: '익명 글', content: 'c', isAnonymous: true });
    const { conversation } = await send(kim, { postId: anonymous.id, content: '안녕하세요' });
    expect(await texts(campus, lee)).to.deep.equal([
      ['message', '익명님이 쪽지를 보냈습니다', conversation.id],
    ]);
    expect(JSON.stringify(await texts(campus, lee))).not.to.include(kim.nickname);
    await reply(lee, conversation.id, '네');
    // Lee answers as the author of the anonymous post: Kim sees the label they saw.
    expect(await texts(campus, kim)).to.deep.equal([
      ['message', '익명님이 쪽지를 보냈습니다', conversation.id],
    ]);
    expect(JSON.stringify(await texts(campus, kim))).not.to.include(lee.nickname);
    expect(await texts(campus, lee)).to.have.length(1);
  });

  it('given a named message to a username, then the recipient is told the sender’s nickname', async () => {
    const { campus, send, kim, park } = await world();
    await send(kim, { toUsername: park.username, content: 'hi', isAnonymous: false });
    expect((await texts(campus, park)).map(([, text]) => text)).to.deep.equal([
      `${kim.nickname}님이 쪽지를 보냈습니다`,
    ]);
  });
});
