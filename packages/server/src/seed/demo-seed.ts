import type { UseCases } from '@campus/application';
import { SchoolExists, type Actor } from '@campus/domain';
import { SingleBar, Presets } from 'cli-progress';
import { DEMO } from './demo-data.js';

export const DEMO_PASSWORD = 'campus-demo-1234';

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
 * Fills one demo school through the use cases (so every rule holds): departments, boards, members,
 * posts with anonymous comments and likes, timetables and friend requests. Those writes leave each
 * member unread notifications (comments on their posts, a friend request, HOT posts), as a
 * newcomer's `GET /notifications` shows. Running it twice changes nothing.
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
    school = await campus.identity.createSchool.execute({ actor: admin, name: DEMO.school });
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
    1;
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
    const { user } = await campus.identity.signUp.execute({
      username,
      nickname,
      password: DEMO_PASSWORD,
      email: `${username}@demo.campus.invalid`,
      schoolId: school.id,
      departmentId: departments[i % departments.length]!.id,
    });
    members.push({ id: user.id as Actor['id'], role: user.role, schoolId: school.id as Actor['schoolId'] });
    bar.increment({ step: 'members' });
  }
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
    bar.increment({ step: 'posts' });
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
  bar.increment({ step: 'timetables and friends' });
  bar.stop();
  return outcome(true);
}
