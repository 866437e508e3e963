import type { BlockRepository } from '../blocking/blocking.ports.js';
import { ViewerBlocks } from '../blocking/viewer-blocks.policy.js';
import type { UserId } from '../shared/ids.js';
import type { MessageAttempt, MessagingGate } from './messages.ports.js';

/**
 * Blocks answer who may message whom, without revealing authorship:
 * - a block between the two members by username stops messages to a named side; a message to an
 *   anonymous side is never refused for it, since the refusal would tell the sender who that side is;
 * - a block of anonymous content stops messages in conversations about it, whichever side sends:
 *   its blocker already tied that content to that side, so a refusal tells neither side more.
 */
export class BlocksMessagingGate implements MessagingGate {
  constructor(private readonly blocks: Pick<BlockRepository, 'eitherBlocksMember' | 'targetsOf'>) {}

  async allows(attempt: MessageAttempt): Promise<boolean> {
    const { senderId, recipientId } = attempt;
    if (!attempt.recipientIsAnonymous && (await this.blocks.eitherBlocksMember(senderId, recipientId))) {
      return false;
    }
    const [bySender, byRecipient] = await Promise.all([
      attempt.recipientIsAnonymous ? this.hidesAbout(senderId, recipientId, attempt) : false,
      attempt.senderIsAnonymous ? this.hidesAbout(recipientId, senderId, attempt) : false,
    ]);
    return !bySender && !byRecipient;
  }

  /** Whether `blocker` blocked the anonymous content of `author` that the conversation is about. */
  private async hidesAbout(blocker: UserId, author: UserId, attempt: MessageAttempt): Promise<boolean> {
    const postId = attempt.aboutPostId;
    if (!postId || attempt.subject.kind === 'user') return false;
    const blocks = new ViewerBlocks(await this.blocks.targetsOf(blocker));
    if (blocks.isEmpty) return false;
    return attempt.subject.kind === 'post'
      ? blocks.hidesPost({ id: postId, authorId: author, isAnonymous: true })
      : blocks.hidesComment({ postId, authorId: author, isAnonymous: true });
  }
}
