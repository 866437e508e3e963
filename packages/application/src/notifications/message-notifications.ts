import {
  ANONYMOUS,
  DEPARTED_AUTHOR,
  notificationTexts,
  type Conversation,
  type UserId,
  type UserRepository,
} from '@campus/domain';
import type { Notifier } from './notifier.js';

/**
 * Tells the other side of a conversation of a new message, in the message's unit of work, naming
 * the sender as that side sees them: an anonymous sender by their label, a named one by nickname.
 */
export async function notifyOfMessage(
  notifier: Notifier,
  users: UserRepository,
  conversation: Conversation,
  senderId: UserId,
): Promise<void> {
  const recipient = conversation.peerOf(senderId);
  const sender = recipient && conversation.peerOf(recipient.userId);
  if (!recipient || !sender) return;
  const label = sender.isAnonymous
    ? (sender.label ?? ANONYMOUS)
    : ((await users.findById(senderId))?.nickname ?? DEPARTED_AUTHOR);
  await notifier.notify({
    recipientId: recipient.userId,
    type: 'message',
    text: notificationTexts.message(label),
    target: { conversationId: conversation.id },
    actor: { id: senderId, named: !sender.isAnonymous },
  });
}
