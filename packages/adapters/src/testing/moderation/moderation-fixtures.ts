/// <reference types="mocha" />
import type {
  AuditLog,
  Comment,
  Post,
  ReportCaseQueries,
  ReportCaseRepository,
  ReportReason,
  User,
} from '@campus/domain';
import type { School } from '@campus/domain';
import { BoardWorld, at, type BoardPorts } from '../board/board-fixtures.js';

/** The board's ports of one store, with the moderation queue and the audit log on it. */
export interface ModerationPorts extends BoardPorts {
  cases: ReportCaseRepository;
  caseQueries: ReportCaseQueries;
  audit: AuditLog;
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
