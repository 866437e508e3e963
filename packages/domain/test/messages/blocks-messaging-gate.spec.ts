import { expect } from 'chai';
import {
  BlocksMessagingGate,
  CommentId,
  PostId,
  UserId,
  type BlockRepository,
  type BlockTargets,
  type MessageAttempt,
} from '../../src/index.js';

const alice = UserId('alice');
const bob = UserId('bob');
const post = PostId('p1');

/** Blocks held as plain data: who blocked whom by username, and each blocker's targets. */
function blocksOf(
  named: [string, string][],
  targets: Record<string, Partial<BlockTargets>> = {},
): Pick<BlockRepository, 'eitherBlocksMember' | 'targetsOf'> {
  return {
    eitherBlocksMember: (a: UserId, b: UserId) =>
      Promise.resolve(named.some(([x, y]) => (x === a && y === b) || (x === b && y === a))),
    targetsOf: (blocker: UserId) =>
      Promise.resolve({ users: [], posts: [], threads: [], ...targets[blocker] }),
  };
}

const attempt = (over: Partial<MessageAttempt>): MessageAttempt => ({
  senderId: alice,
  recipientId: bob,
  subject: { kind: 'user' },
  senderIsAnonymous: false,
  recipientIsAnonymous: false,
  aboutPostId: null,
  ...over,
});

describe('BlocksMessagingGate', () => {
  it('given a block by username either way, when a named side is messaged, then it is refused', async () => {
    expect(await new BlocksMessagingGate(blocksOf([['bob', 'alice']])).allows(attempt({}))).to.equal(false);
    expect(await new BlocksMessagingGate(blocksOf([['alice', 'bob']])).allows(attempt({}))).to.equal(false);
    expect(await new BlocksMessagingGate(blocksOf([])).allows(attempt({}))).to.equal(true);
  });

  it('given a block by username, when the anonymous author of a post is messaged, then it goes through (a refusal would name them)', async () => {
    const gate = new BlocksMessagingGate(blocksOf([['alice', 'bob']]));
    const toAnonymous = attempt({
      subject: { kind: 'post', postId: post },
      recipientIsAnonymous: true,
      aboutPostId: post,
    });
    expect(await gate.allows(toAnonymous)).to.equal(true);
  });

  it('given the sender blocked the anonymous post, when they message about it, then it is refused', async () => {
    const gate = new BlocksMessagingGate(blocksOf([], { alice: { posts: [post] } }));
    const about = { subject: { kind: 'post', postId: post }, aboutPostId: post } as const;
    expect(await gate.allows(attempt({ ...about, recipientIsAnonymous: true }))).to.equal(false);
    // The author answering in that conversation is stopped too.
    const reply = attempt({ ...about, senderId: bob, recipientId: alice, senderIsAnonymous: true });
    expect(await gate.allows(reply)).to.equal(false);
  });

  it('given a blocked anonymous commenter in a thread, then messages about their comment stop, and not about another', async () => {
    const gate = new BlocksMessagingGate(
      blocksOf([], { alice: { threads: [{ postId: post, authorId: bob }] } }),
    );
    const aboutComment = attempt({
      subject: { kind: 'comment', commentId: CommentId('c1') },
      recipientIsAnonymous: true,
      aboutPostId: post,
    });
    expect(await gate.allows(aboutComment)).to.equal(false);
    expect(await gate.allows({ ...aboutComment, recipientId: UserId('carol') })).to.equal(true);
  });
});
