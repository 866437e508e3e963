import {
  ANONYMOUS,
  Conversation,
  ConversationId,
  Message,
  MessageContent,
  MessageId,
  UserNotFound,
  type Actor,
  type Clock,
  type ConversationRepository,
  type IdGenerator,
  type MessagingGate,
  type UnitOfWork,
  type CommentRepository,
  type PostRepository,
  type UserRepository,
} from '@campus/domain';
import type { WriteGuard } from '../limits/write-guard.js';
import { notifyOfMessage } from '../notifications/message-notifications.js';
import type { Notifier } from '../notifications/notifier.js';
import { findMessageTarget, type MessageTargetInput } from './message-target.js';
import { assertMayMessage } from './messages-lookups.js';
import { peerView, toMessageDto, type ConversationDto, type MessageDto } from './messages.dto.js';

export interface SendMessageInput extends MessageTargetInput {
  actor: Actor;
  content: string;
  /** Shown to the recipient as `익명`, never by account. Default true. */
  isAnonymous?: boolean;
}

export interface SendMessageOutput {
  conversation: ConversationDto;
  message: MessageDto;
}

export class SendMessage {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly posts: PostRepository,
    private readonly comments: CommentRepository,
    private readonly conversations: ConversationRepository,
    private readonly gate: MessagingGate,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    private readonly guard: WriteGuard,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Starts a conversation with a member, or the author of a post or comment, or writes in the one
   * already open between the two about the same thing (each side as anonymous or named as before).
   * @throws TooFast, ValidationFailed, UserNotFound, PostNotFound, CommentNotFound, NotSchoolMember,
   *   CannotMessageSelf, MessagingBlocked
   */
  execute(input: SendMessageInput): Promise<SendMessageOutput> {
    return this.guard.run(input.actor.id, 'message', () => this.write(input));
  }

  private async write(input: SendMessageInput): Promise<SendMessageOutput> {
    const { actor } = input;
    const content = MessageContent.parse(input.content);
    const target = await findMessageTarget(
      { users: this.users, posts: this.posts, comments: this.comments },
      actor,
      input,
    );
    const isAnonymous = input.isAnonymous ?? true;
    const now = this.clock.now();
    const started = Conversation.start(
      {
        id: ConversationId(this.ids.next()),
        subject: target.subject,
        starter: { userId: actor.id, isAnonymous, label: isAnonymous ? ANONYMOUS : null },
        recipient: target.recipient,
        about: target.about,
      },
      now,
    );
    await assertMayMessage(this.gate, actor.id, started);
    // Read before the write: the key of the open conversation holds each side's anonymity, so the
    // one reused has the same sides as the one started. An anonymous side's account never reaches
    // the answer.
    const recipient = await this.users.findById(target.recipient.userId);
    // Named content whose author deleted their account already shows them departed: there is no
    // one to write to. Anonymous content of theirs is kept under an id no account has (ADR 18);
    // refusing it would tell which anonymous authors left, and when, which ties their writing
    // together. So it is written to as to a live author who never answers: the conversation opens
    // and stays open, and its messages reach no one.
    if (!recipient && !target.recipient.isAnonymous) throw new UserNotFound();
    const account = target.recipient.isAnonymous ? null : recipient;
    const messageId = MessageId(this.ids.next());
    // The recipient's notification joins this unit: no message without it, nor the other way.
    const { conversation, message } = await this.uow.run(async () => {
      const open = await this.conversations.open(started);
      const sent = Message.create(
        { id: messageId, conversationId: open.id, senderId: actor.id, content },
        now,
      );
      await this.conversations.addMessage(sent);
      await notifyOfMessage(this.notifier, this.users, open, actor.id);
      return { conversation: open, message: sent };
    });
    return {
      conversation: {
        id: conversation.id,
        peer: peerView(conversation.peerOf(actor.id) ?? started.peerOf(actor.id)!, account),
        about: conversation.about ? { ...conversation.about } : null,
        lastMessage: { content: message.content, sentAt: message.sentAt, isMine: true },
        unreadCount: 0,
        createdAt: conversation.createdAt,
      },
      message: toMessageDto(message, actor.id),
    };
  }
}
