/// <reference types="mocha" />
import {
  ACCOUNT_REMOVAL,
  AUDIT_LOG,
  BOARD_ERASURE,
  CONVERSATION_REPOSITORY,
  Conversation,
  ConversationId,
  ERASED_IDS,
  MESSAGE_REPORT_REPOSITORY,
  MESSAGES_ERASURE,
  Message,
  MessageId,
  REPORT_CASE_QUERIES,
  REPORT_CASE_REPOSITORY,
  type AccountErasure,
  type AccountRemoval,
  type AuditLog,
  type BoardErasure,
  type Comment,
  type ConversationRepository,
  type ErasedIds,
  type MessageReportRepository,
  type Post,
  type ReportCaseQueries,
  type ReportCaseRepository,
  type ReportReason,
  type School,
  type User,
} from '@campus/domain';
import type { Ports } from '../../composition/provisions.js';
import { BoardWorld, at, type BoardPorts } from '../board/board-fixtures.js';

/**
 * The board's ports of one store, with the moderation queue and the audit log on it, the messages
 * whose reports join the queue too, and the steps of deleting an account whose content stays there.
 */
export interface ModerationPorts extends BoardPorts {
  cases: ReportCaseRepository;
  caseQueries: ReportCaseQueries;
  audit: AuditLog;
  conversations: ConversationRepository;
  messageReports: MessageReportRepository;
  removal: AccountRemoval;
  boardErasure: BoardErasure;
  /** The messages' step of deleting an account (`MESSAGES_ERASURE`). */
  messagesErasure: AccountErasure;
  ids: ErasedIds;
}
/** The moderation ports beyond the board's, as a store's composition provides them. */
export function moderationPortsIn(ports: Ports): Omit<ModerationPorts, keyof BoardPorts> {
  return {
    cases: ports.get(REPORT_CASE_REPOSITORY),
    caseQueries: ports.get(REPORT_CASE_QUERIES),
    audit: ports.get(AUDIT_LOG),
    conversations: ports.get(CONVERSATION_REPOSITORY),
    messageReports: ports.get(MESSAGE_REPORT_REPOSITORY),
    removal: ports.get(ACCOUNT_REMOVAL),
    boardErasure: ports.get(BOARD_ERASURE),
    messagesErasure: ports.get(MESSAGES_ERASURE),
    ids: ports.get(ERASED_IDS),
  };
}

/** Called before every test; ports on an empty store, or null to skip (service missing). */
export type ModerationPortsSetup = () => Promise<
  (ModerationPorts & { teardown?: () => Promise<void> }) | null
>;

/** Reports as the use cases make them: the board's row first, then the case, in one unit of work. */
export class ModerationWorld extends BoardWorld {
  constructor(readonly moderation: ModerationPorts) {
    super(moderation);
  }

  report(
    post: Post,
    reporter: User,
    { comment, reason = 'spam', counts = true, minute = 10 }: ReportOptions = {},
  ): Promise<number> {
    const { cases, uow, postReports, commentReports } = this.moderation;
    return uow.run(async () => {
      if (comment) await commentReports.add(comment.id, reporter.id, reason, at(minute));
      else await postReports.add(post.id, reporter.id, reason, at(minute));
      return cases.record({
        caseId: this.id(),
        target: comment ? { type: 'comment', id: comment.id } : { type: 'post', id: post.id },
        postId: post.id,
        boardId: post.boardId,
        schoolId: post.schoolId,
        authorId: comment ? comment.authorId : post.authorId,
        reason,
        counts,
        at: at(minute),
      });
    });
  }

  /** A conversation `from` starts with `to` by username, stored as a first message opens it. */
  conversation(from: User, to: User, minute = 3): Promise<Conversation> {
    const started = Conversation.start(
      {
        id: ConversationId(this.id()),
        subject: { kind: 'user' },
        starter: { userId: from.id, isAnonymous: false, label: null },
        recipient: { userId: to.id, isAnonymous: false, label: null },
        about: null,
      },
      at(minute),
    );
    const { uow, conversations } = this.moderation;
    return uow.run(() => conversations.open(started));
  }

  async message(
    conversation: Conversation,
    sender: User,
    content = 'A message',
    minute = 4,
  ): Promise<Message> {
    const message = Message.create(
      { id: MessageId(this.id()), conversationId: conversation.id, senderId: sender.id, content },
      at(minute),
    );
    const { uow, conversations } = this.moderation;
    await uow.run(() => conversations.addMessage(message));
    return message;
  }

  /**
   * Reports a message as `ReportMessage` does: its sender's school read first, then the report's
   * row and its case in one unit of work. Answers what the case's `record` answers.
   */
  async reportMessage(
    message: Message,
    reporter: User,
    { reason = 'spam', counts = true, minute = 10 }: Omit<ReportOptions, 'comment'> = {},
  ): Promise<number> {
    const { cases, uow, messageReports, users } = this.moderation;
    const sender = await users.findById(message.senderId);
    return uow.run(async () => {
      await messageReports.add(message.id, reporter.id, reason, at(minute));
      return cases.record({
        caseId: this.id(),
        target: { type: 'message', id: message.id },
        postId: null,
        boardId: null,
        schoolId: sender?.schoolId ?? null,
        authorId: message.senderId,
        reason,
        counts,
        at: at(minute),
      });
    });
  }

  /** Deletes the account as `DeleteAccount` does for a member with posts and messages. */
  erase(user: User): Promise<void> {
    const { uow, removal, boardErasure, messagesErasure, ids } = this.moderation;
    return uow.run(async () => {
      if (!(await removal.claim(user.id))) throw new Error(`No account to delete: ${user.id}`);
      await boardErasure.erase(user.id, ids);
      await messagesErasure.erase(user.id, ids);
      await removal.remove(user.id);
    });
  }
}

export interface ReportOptions {
  comment?: Comment;
  reason?: ReportReason;
  counts?: boolean;
  minute?: number;
}

export const FIRST = { limit: 20, after: null };

/** What each moderation contract test starts from: a school, three members, alice's long post. */
export interface ModerationStage {
  ports: ModerationPorts;
  world: ModerationWorld;
  school: School;
  alice: User;
  bob: User;
  carol: User;
  post: Post;
  /** The open cases, most reported first. */
  open: () => Promise<Awaited<ReturnType<ReportCaseQueries['listCases']>>['items']>;
}

/** Registers the hooks that open a fresh store and stage it before each test; the stage getter. */
export function withModerationStage(setup: ModerationPortsSetup): () => ModerationStage {
  let current: ModerationStage | undefined;
  let teardown: (() => Promise<void>) | undefined;
  beforeEach(async function () {
    const ports = await setup();
    if (!ports) return this.skip();
    teardown = ports.teardown;
    const world = new ModerationWorld(ports);
    const { school, board, alice, bob, carol } = await world.stage();
    const post = await world.post(board, alice, { content: 'x'.repeat(150) });
    const open = async () => (await ports.caseQueries.listCases({ status: 'open' }, FIRST)).items;
    current = { ports, world, school, alice, bob, carol, post, open };
  });
  afterEach(async () => {
    await teardown?.();
    teardown = undefined;
  });
  return () => {
    if (!current) throw new Error('No moderation stage: the store could not be opened.');
    return current;
  };
}
