import {
  ConversationId,
  ConversationNotFound,
  MessagingBlocked,
  type Actor,
  type Conversation,
  type ConversationRepository,
  type MessagingGate,
  type UserId,
} from '@campus/domain';

/** The conversation when the actor is in it; another member's is not found, like a missing one. */
export async function findOwnConversation(
  conversations: ConversationRepository,
  actor: Actor,
  id: string,
): Promise<Conversation> {
  const conversation = await conversations.findById(ConversationId(id));
  if (!conversation || !conversation.hasMember(actor.id)) throw new ConversationNotFound();
  return conversation;
}

/** @throws MessagingBlocked */
export async function assertMayMessage(
  gate: MessagingGate,
  senderId: UserId,
  conversation: Conversation,
): Promise<void> {
  const peer = conversation.peerOf(senderId);
  if (!peer) throw new ConversationNotFound();
  const own = conversation.peerOf(peer.userId);
  const allowed = await gate.allows({
    senderId,
    recipientId: peer.userId,
    subject: conversation.subject,
    senderIsAnonymous: own?.isAnonymous ?? false,
    recipientIsAnonymous: peer.isAnonymous,
    aboutPostId: conversation.about?.postId ?? null,
  });
  if (!allowed) throw new MessagingBlocked();
}
