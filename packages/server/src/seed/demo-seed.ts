import type { UseCases } from '@campus/application';
import {
  MAILER,
  SchoolExists,
  VERIFICATION_CODE_GENERATOR,
  type Actor,
  type Mailer,
  type Token,
  type VerificationCodeGenerator,
} from '@campus/domain';
import { SingleBar, Presets } from 'cli-progress';
import { DEMO } from './demo-data.js';
import { seedDemoMessages, type SeededPost } from './demo-messages.js';

export const DEMO_PASSWORD = 'campus-demo-1234';
/** The demo members' addresses are at this domain, the demo school's e-mail domain. */
export const DEMO_EMAIL_DOMAIN = 'demo.campus.invalid';
const DEMO_CODE = '000000';

/**
 * The ports the seed's use cases run on instead of the server's: its members verify their
 * addresses through the use cases, like anyone, with a code it knows, and no mail leaves (their
 * addresses are at a domain that does not exist).
 */
export function demoSeedPorts(): ReadonlyMap<Token<unknown>, unknown> {
  const quiet: Mailer = { send: () => Promise.resolve() };
  const codes: VerificationCodeGenerator = {
    issue: () => ({ code: DEMO_CODE, hash: `demo:${DEMO_CODE}` }),
    matches: (code, hash) => hash === `demo:${code}`,
  };
  return new Map<Token<unknown>, unknown>([
    [MAILER, quiet],
    [VERIFICATION_CODE_GENERATOR, codes],
  ]);
}

/** What seeding did, and whom to log in as. */
export interface DemoSeeded {
  /** False when the demo school was there already (nothing was changed). */
  seeded: boolean;
  school: string;
  username: string;
  password: string;
}

/** Whom to log in as, for a person, once the demo community exists. */
export const demoLogin = (demo: DemoSeeded) =>
  `log in as ${demo.username} (or any demo member) with password ${demo.password}`;

/**
 * Fills one demo school through the use cases (so every rule holds): departments, boards, members
 * with verified school addresses, posts with anonymous comments and likes, friend requests, a
 * blocked pair, conversations (one anonymous), one post reported by two members (an open case in
 * the admins' queue: the members are new, so their reports hide nothing) and a member who left.
 * Those writes leave each member unread notifications (comments on their posts, a friend request,
 * HOT posts). Running it twice changes nothing. `campus` runs on `demoSeedPorts()`, so the members
 * can verify.
 */
export async function seedDemo(campus: UseCases, now = new Date()): Promise<DemoSeeded> {
  const outcome = (seeded: boolean): DemoSeeded => ({
    seeded,
    school: DEMO.school,
    username: DEMO.members[0]![0],
    password: DEMO_PASSWORD,
  });
  const admin: Actor = { id: 'seed' as Actor['id'], role: 'admin', schoolId: null };
  let school;
  try {
    school = await campus.identity.createSchool.execute({
      actor: admin,
      name: DEMO.school,
      emailDomains: [DEMO_EMAIL_DOMAIN],
    });
  } catch (error) {
    if (error instanceof SchoolExists) return outcome(false);
    throw error;
  }
  const bar = new SingleBar(
    { format: ' {bar} {percentage}% | {step}', hideCursor: true },
    Presets.shades_classic,
  );
  const total =
    DEMO.departments.length +
    DEMO.boards.length +
    DEMO.members.length +
    DEMO.posts.length +
    DEMO.courses.length +
    3;
  const semester = `${now.getUTCFullYear()}-${now.getUTCMonth() < 6 ? 1 : 2}`;
  bar.start(total, 0, { step: 'departments' });
  const departments = [];
  for (const name of DEMO.departments) {
    departments.push(
      await campus.identity.createDepartment.execute({ actor: admin, schoolId: school.id, name }),
    );
    bar.increment({ step: 'departments' });
  }
  const boards = [];
  for (const board of DEMO.boards) {
    boards.push(await campus.board.createBoard.execute({ actor: admin, schoolId: school.id, ...board }));
    bar.increment({ step: 'boards' });
  }
  const members: Actor[] = [];
  for (const [i, [username, nickname]] of DEMO.members.entries()) {
    const email = `${username}@${DEMO_EMAIL_DOMAIN}`;
    const { user } = await campus.identity.signUp.execute({
      username,
      nickname,
      password: DEMO_PASSWORD,
      email,
      schoolId: school.id,
      departmentId: departments[i % departments.length]!.id,
    });
    const member: Actor = {
      id: user.id as Actor['id'],
      role: user.role,
      schoolId: school.id as Actor['schoolId'],
    };
    // Verified, so that they may write when REQUIRE_VERIFICATION is on (as in production).
    await campus.verification.requestVerification.execute({ actor: member, email });
    await campus.verification.confirmVerification.execute({ actor: member, code: DEMO_CODE });
    members.push(member);
    bar.increment({ step: 'members' });
  }
  // Anonymous posts of others than the first member, who blocks one of them below.
  const anonymousPosts: string[] = [];
  const posts: SeededPost[] = [];
  for (const [i, post] of DEMO.posts.entries()) {
    const author = members[i % members.length]!;
    const created = await campus.board.createPost.execute({
      actor: author,
      boardId: boards[post.board]!.id,
      title: post.title,
      content: post.content,
      isAnonymous: post.anonymous,
      isQuestion: post.question ?? false,
    });
    posts.push({ id: created.id, author, anonymous: post.anonymous });
    for (const [j, content] of post.comments.entries()) {
      const commenter = members[(i + j + 1) % members.length]!;
      await campus.board.createComment.execute({
        actor: commenter,
        postId: created.id,
        content,
        isAnonymous: j % 3 !== 2,
      });
    }
    for (let k = 1; k <= post.likes; k++) {
      await campus.board.likePost.execute({ actor: members[(i + k) % members.length]!, postId: created.id });
    }
    if (post.anonymous && i % members.length !== 0) anonymousPosts.push(created.id);
    bar.increment({ step: 'posts' });
  }
  const { reported } = DEMO;
  const advert = await campus.board.createPost.execute({
    actor: members[members.length - 1]!,
    boardId: boards[reported.board]!.id,
    title: reported.title,
    content: reported.content,
    isAnonymous: true,
    isQuestion: false,
  });
  for (const [k, reason] of reported.reasons.entries()) {
    await campus.board.reportPost.execute({ actor: members[k]!, postId: advert.id, reason });
  }
  const courses = [];
  for (const [i, c] of DEMO.courses.entries()) {
    const { reviews, ...course } = c;
    const created = await campus.courses.createCourse.execute({
      actor: admin,
      schoolId: school.id,
      semester,
      ...course,
    });
    courses.push(created);
    for (const [j, [rating, content]] of reviews.entries()) {
      await campus.courses.createReview.execute({
        actor: members[(i + j) % members.length]!,
        courseId: created.id,
        rating,
        content,
      });
    }
    bar.increment({ step: 'courses' });
  }
  // Every member gets a primary timetable of two courses that do not clash, and a friend request.
  const pairs = [
    [0, 3],
    [1, 4],
    [1, 2],
    [0, 4],
  ] as const;
  for (const [i, member] of members.entries()) {
    const timetable = await campus.timetables.createTimetable.execute({
      actor: member,
      semester,
      visibility: i % 2 ? 'friends' : 'public',
    });
    for (const index of pairs[i % pairs.length]!) {
      await campus.timetables.addTimetableCourse.execute({
        actor: member,
        timetableId: timetable.id,
        courseId: courses[index]!.id,
      });
    }
    const next = DEMO.members[(i + 1) % members.length]![0];
    await campus.friends.sendFriendRequest.execute({ actor: member, username: next });
  }
  await seedDemoMessages(
    campus,
    members,
    DEMO.members.map(([username]) => username),
    posts,
  );
  bar.increment({ step: 'timetables, friends and messages' });
  // A blocked pair, after the messages (a block stops them): the first member blocks the third by
  // username (no friend request is pending between them) and one anonymous post of someone else,
  // so both kinds show in /me/blocks.
  await campus.blocking.blockUser.execute({ actor: members[0]!, username: DEMO.members[2]![0] });
  const anonymous = anonymousPosts[0];
  if (anonymous) await campus.blocking.blockPostAuthor.execute({ actor: members[0]!, postId: anonymous });
  bar.increment({ step: 'blocks' });
  await seedDeparted(campus, school.id as Actor['schoolId'], departments[0]!.id, boards, members[0]!);
  bar.increment({ step: 'a departed member' });
  bar.stop();
  return outcome(true);
}

/** A member who writes a named post, gets a comment, and deletes their account. */
async function seedDeparted(
  campus: UseCases,
  schoolId: Actor['schoolId'],
  departmentId: string,
  boards: readonly { id: string }[],
  commenter: Actor,
): Promise<void> {
  const [username, nickname] = DEMO.departed.member;
  const { post } = DEMO.departed;
  const email = `${username}@${DEMO_EMAIL_DOMAIN}`;
  const { user } = await campus.identity.signUp.execute({
    username,
    nickname,
    password: DEMO_PASSWORD,
    email,
    schoolId: schoolId as string,
    departmentId,
  });
  const actor: Actor = { id: user.id as Actor['id'], role: user.role, schoolId };
  await campus.verification.requestVerification.execute({ actor, email });
  await campus.verification.confirmVerification.execute({ actor, code: DEMO_CODE });
  const created = await campus.board.createPost.execute({
    actor,
    boardId: boards[post.board]!.id,
    title: post.title,
    content: post.content,
    isAnonymous: post.anonymous,
  });
  for (const content of post.comments)
    await campus.board.createComment.execute({ actor: commenter, postId: created.id, content });
  await campus.accountDeletion.deleteAccount.execute({ actor, password: DEMO_PASSWORD });
}
