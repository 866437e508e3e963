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
import { createUseCases } from '../../src/index.js';

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

/** A school with a board and three members on the memory ports, with a recording gate. */
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
      password: 'correct horse battery',
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
  return { campus, gate, board, kim, lee, park, conversations: ports.get(CONVERSATION_REPOSITORY) };
}

describe('messages use cases', () => {
  it('given an anonymous sender, when the recipient lists, then the sender is 익명 with no account and the post as about', async () => {
    const { campus, board, kim, lee } = await world();
    const post = await campus.board.createPost.execute({
      actor: lee,
      boardId: board.id,
      title: '실명 글',
      content: '내용',
      isAnonymous: false,
    });
    const sent = await campus.messages.sendMessage.execute({
      actor: kim,
      postId: post.id,
      content: ' 안녕 ',
    });
    expect(sent.message.content, 'trimmed like every text').to.equal('안녕');
    expect(sent.conversation.peer).to.deep.equal({
      label: lee.nickname,
      isAnonymous: false,
      user: { id: lee.id, username: lee.username, nickname: lee.nickname },
    });
    const listed = await campus.messages.listConversations.execute({
      actor: lee,
      page: { limit: 5, after: null },
    });
    expect(listed.items[0]?.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    expect(listed.items[0]?.about).to.deep.equal({ postId: post.id, title: '실명 글' });
    expect(JSON.stringify(listed))
      .to.not.include(kim.id)
      .and.not.include(kim.username)
      .and.not.include(kim.nickname);
  });

  it('given an anonymous post, when a named member messages it, then its author is only 익명 to them, in every answer', async () => {
    const { campus, board, kim, lee } = await world();
    const post = await campus.board.createPost.execute({
      actor: lee,
      boardId: board.id,
      title: '익명 글',
      content: '내용',
    });
    const sent = await campus.messages.sendMessage.execute({
      actor: kim,
      postId: post.id,
      content: 'hi',
      isAnonymous: false,
    });
    await campus.messages.replyInConversation.execute({
      actor: lee,
      conversationId: sent.conversation.id,
      content: '네',
    });
    const listed = await campus.messages.listConversations.execute({
      actor: kim,
      page: { limit: 5, after: null },
    });
    const messages = await campus.messages.listMessages.execute({
      actor: kim,
      conversationId: sent.conversation.id,
      page: { limit: 5, after: null },
    });
    expect(sent.conversation.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    for (const answer of [sent, listed, messages])
      expect(JSON.stringify(answer))
        .to.not.include(lee.id)
        .and.not.include(lee.username)
        .and.not.include(lee.nickname);
  });

  it('given the gate refuses, then neither a first message nor a reply is written, and it is asked with the subject', async () => {
    const { campus, gate, board, kim, lee } = await world();
    const post = await campus.board.createPost.execute({
      actor: lee,
      boardId: board.id,
      title: 't',
      content: 'c',
    });
    const sent = await campus.messages.sendMessage.execute({ actor: kim, postId: post.id, content: 'first' });
    expect(gate.asked[0]).to.deep.equal({
      senderId: kim.id,
      recipientId: lee.id,
      subject: { kind: 'post', postId: post.id },
      senderIsAnonymous: true,
      recipientIsAnonymous: true,
      aboutPostId: post.id,
    });
    gate.allowed = false;
    expect(
      await codeOf(
        campus.messages.sendMessage.execute({ actor: kim, toUsername: lee.username, content: 'x' }),
      ),
    ).to.equal('BLOCKED');
    expect(
      await codeOf(
        campus.messages.replyInConversation.execute({
          actor: lee,
          conversationId: sent.conversation.id,
          content: 'x',
        }),
      ),
    ).to.equal('BLOCKED');
    expect(gate.asked[2]).to.deep.equal({
      senderId: lee.id,
      recipientId: kim.id,
      subject: { kind: 'post', postId: post.id },
      senderIsAnonymous: true,
      recipientIsAnonymous: true,
      aboutPostId: post.id,
    });
    const page = await campus.messages.listMessages.execute({
      actor: kim,
      conversationId: sent.conversation.id,
      page: { limit: 9, after: null },
    });
    expect(page.items.map((m) => m.content)).to.deep.equal(['first']);
    expect(
      (await campus.messages.listConversations.execute({ actor: kim, page: { limit: 9, after: null } }))
        .items,
    ).to.have.length(1);
  });

  it('given a member who deletes their account, then the other keeps the conversation, reads it, and cannot write in it', async () => {
    const { campus, kim, lee } = await world();
    const sent = await campus.messages.sendMessage.execute({
      actor: kim,
      toUsername: lee.username,
      content: 'hi',
      isAnonymous: false,
    });
    await campus.messages.replyInConversation.execute({
      actor: lee,
      conversationId: sent.conversation.id,
      content: '답장',
    });
    await campus.accountDeletion.deleteAccount.execute({ actor: lee, password: 'correct horse battery' });

    const listed = await campus.messages.listConversations.execute({
      actor: kim,
      page: { limit: 9, after: null },
    });
    expect(listed.items.map((c) => c.id)).to.deep.equal([sent.conversation.id]);
    expect(listed.items[0]?.peer).to.deep.equal({ label: '(탈퇴한 사용자)', isAnonymous: false, user: null });
    expect(listed.items[0]?.lastMessage).to.include({ content: '답장', isMine: false });
    const messages = await campus.messages.listMessages.execute({
      actor: kim,
      conversationId: sent.conversation.id,
      page: { limit: 9, after: null },
    });
    expect(messages.items.map((m) => [m.content, m.isMine])).to.deep.equal([
      ['답장', false],
      ['hi', true],
    ]);
    expect(JSON.stringify([listed, messages]))
      .to.not.include(lee.id)
      .and.not.include(lee.username);
    expect(
      await codeOf(
        campus.messages.replyInConversation.execute({
          actor: kim,
          conversationId: sent.conversation.id,
          content: 'x',
        }),
      ),
    ).to.equal('CONVERSATION_CLOSED');
    expect(
      await codeOf(
        campus.messages.sendMessage.execute({
          actor: kim,
          toUsername: lee.username,
          content: 'hi',
          isAnonymous: false,
        }),
      ),
    ).to.equal('USER_NOT_FOUND');
  });

  it('given an anonymous side that deletes its account, then the other still sees it by the label it had', async () => {
    const { campus, board, kim, lee } = await world();
    const post = await campus.board.createPost.execute({
      actor: lee,
      boardId: board.id,
      title: '실명 글',
      content: '내용',
      isAnonymous: false,
    });
    const sent = await campus.messages.sendMessage.execute({ actor: kim, postId: post.id, content: '안녕' });
    const before = await campus.messages.listConversations.execute({
      actor: lee,
      page: { limit: 5, after: null },
    });
    await campus.accountDeletion.deleteAccount.execute({ actor: kim, password: 'correct horse battery' });
    const after = await campus.messages.listConversations.execute({
      actor: lee,
      page: { limit: 5, after: null },
    });
    expect(after.items.map((c) => c.peer)).to.deep.equal(before.items.map((c) => c.peer));
    expect(after.items[0]?.peer).to.deep.equal({ label: '익명', isAnonymous: true, user: null });
    expect(
      await codeOf(
        campus.messages.replyInConversation.execute({
          actor: lee,
          conversationId: sent.conversation.id,
          content: 'x',
        }),
      ),
    ).to.equal('CONVERSATION_CLOSED');
  });

  it('given anonymous content whose author deleted their account, then it is messaged as a live author who never answers', async () => {
    const { campus, board, kim, lee, park, conversations } = await world();
    // lee leaves, park stays: each wrote an anonymous post and an anonymous comment on it.
    const write = async (author: Actor) => {
      const post = await campus.board.createPost.execute({
        actor: author,
        boardId: board.id,
        title: '익명 글',
        content: '내용',
      });
      const comment = await campus.board.createComment.execute({
        actor: author,
        postId: post.id,
        content: '댓글',
      });
      return { postId: post.id, commentId: comment.id };
    };
    const [departed, live] = [await write(lee), await write(park)];
    await campus.accountDeletion.deleteAccount.execute({ actor: lee, password: 'correct horse battery' });

    const send = (target: { postId: string } | { commentId: string }) =>
      campus.messages.sendMessage.execute({ actor: kim, ...target, content: '안녕' });
    // The answer, without what differs between any two conversations (ids, times, the post).
    const shape = ({ conversation, message }: Awaited<ReturnType<typeof send>>) => ({
      conversation: {
        ...conversation,
        id: null,
        createdAt: null,
        about: { title: conversation.about?.title },
      },
      message: { ...message, id: null, conversationId: null, sentAt: null },
    });
    for (const target of [{ postId: departed.postId }, { commentId: departed.commentId }]) {
      const sent = await send(target);
      const twin = await send('postId' in target ? { postId: live.postId } : { commentId: live.commentId });
      expect(shape(sent)).to.deep.equal(shape(twin));
      expect((await conversations.findById(sent.conversation.id as never))?.isClosed).to.equal(false);
      expect((await send(target)).conversation.id, 'the same conversation again').to.equal(
        sent.conversation.id,
      );
      const reply = await campus.messages.replyInConversation.execute({
        actor: kim,
        conversationId: sent.conversation.id,
        content: '또',
      });
      expect(reply.isMine).to.equal(true);
    }
    const listed = await campus.messages.listConversations.execute({
      actor: kim,
      page: { limit: 9, after: null },
    });
    expect(listed.items).to.have.length(4);
    expect(listed.items.map((c) => [c.peer.isAnonymous, c.peer.user, c.unreadCount])).to.deep.equal(
      Array.from({ length: 4 }, () => [true, null, 0]),
    );
    // The sender can still leave: the conversations close with their account, as any other.
    await campus.accountDeletion.deleteAccount.execute({ actor: kim, password: 'correct horse battery' });
    for (const { id } of listed.items)
      expect((await conversations.findById(id as never))?.isClosed).to.equal(true);
  });

  it('given named content whose author deleted their account, or an unknown username, then a new message is USER_NOT_FOUND', async () => {
    const { campus, board, kim, lee } = await world();
    const post = await campus.board.createPost.execute({
      actor: lee,
      boardId: board.id,
      title: '실명 글',
      content: '내용',
      isAnonymous: false,
    });
    await campus.accountDeletion.deleteAccount.execute({ actor: lee, password: 'correct horse battery' });
    expect(
      await codeOf(campus.messages.sendMessage.execute({ actor: kim, postId: post.id, content: 'hi' })),
    ).to.equal('USER_NOT_FOUND');
    expect(
      await codeOf(
        campus.messages.sendMessage.execute({ actor: kim, toUsername: lee.username, content: 'hi' }),
      ),
    ).to.equal('USER_NOT_FOUND');
  });

  it('given MESSAGE_INTERVAL, then a second message is TOO_FAST, and a refused send costs no interval', async () => {
    const { campus, kim, lee, park } = await world(60_000);
    expect(
      await codeOf(campus.messages.sendMessage.execute({ actor: kim, toUsername: 'nobody', content: 'x' })),
    ).to.equal('USER_NOT_FOUND');
    await campus.messages.sendMessage.execute({ actor: kim, toUsername: lee.username, content: 'x' });
    expect(
      await codeOf(
        campus.messages.sendMessage.execute({ actor: kim, toUsername: park.username, content: 'y' }),
      ),
    ).to.equal('TOO_FAST');
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
    const { campus, kim, lee, park } = await world();
    const { message } = await campus.messages.sendMessage.execute({
      actor: kim,
      toUsername: lee.username,
      content: 'x',
    });
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
    const { campus, board, kim, lee } = await world();
    const post = await campus.board.createPost.execute({
      actor: lee,
      boardId: board.id,
      title: '익명 글',
      content: 'c',
      isAnonymous: true,
    });
    const { conversation } = await campus.messages.sendMessage.execute({
      actor: kim,
      postId: post.id,
      content: '안녕하세요',
    });
    expect(await texts(campus, lee)).to.deep.equal([
      ['message', '익명님이 쪽지를 보냈습니다', conversation.id],
    ]);
    expect(JSON.stringify(await texts(campus, lee))).not.to.include(kim.nickname);
    await campus.messages.replyInConversation.execute({
      actor: lee,
      conversationId: conversation.id,
      content: '네',
    });
    // Lee answers as the author of the anonymous post: Kim sees the label they saw.
    expect(await texts(campus, kim)).to.deep.equal([
      ['message', '익명님이 쪽지를 보냈습니다', conversation.id],
    ]);
    expect(JSON.stringify(await texts(campus, kim))).not.to.include(lee.nickname);
    expect(await texts(campus, lee)).to.have.length(1);
  });

  it('given a named message to a username, then the recipient is told the sender’s nickname', async () => {
    const { campus, kim, park } = await world();
    await campus.messages.sendMessage.execute({
      actor: kim,
      toUsername: park.username,
      content: 'hi',
      isAnonymous: false,
    });
    expect((await texts(campus, park)).map(([, text]) => text)).to.deep.equal([
      `${kim.nickname}님이 쪽지를 보냈습니다`,
    ]);
  });
});
