import type { User } from '@campus/domain';
import {
  Block,
  BlockId,
  Board,
  BoardId,
  Course,
  CourseId,
  Post,
  PostId,
  Review,
  ReviewId,
  Session,
  SessionId,
  type AccountErasure,
  type AccountRemoval,
  type Actor,
  type BoardErasure,
  type BlockRepository,
  type BlocksErasure,
  type CourseRepository,
  type ErasedIds,
  type ReviewRepository,
  type SessionRepository,
} from '@campus/domain';
import { at, type BoardPorts, type BoardWorld } from '../board/board-fixtures.js';

/** Every store a cached view is read from or a write retires, on one storage. */
export interface ViewStores extends BoardPorts {
  sessions: SessionRepository;
  courses: CourseRepository;
  reviews: ReviewRepository;
  /** Account deletion: the account's removal and the erasure steps of the features with views. */
  removal: AccountRemoval;
  boardErasure: BoardErasure;
  coursesErasure: AccountErasure;
  erasedIds: ErasedIds;
  blocks: BlockRepository;
  blocksErasure: BlocksErasure;
}

/** What each case starts from: a school with a board, a post with comments, likes, a course with a review, a session. */
export interface Stage {
  world: BoardWorld;
  board: Board;
  alice: User;
  bob: User;
  post: Post;
  question: Post;
  comment: Awaited<ReturnType<BoardWorld['comment']>>;
  /** Hidden by reports, for an admin to restore. */
  hiddenPost: Post;
  hiddenComment: Awaited<ReturnType<BoardWorld['comment']>>;
  course: Course;
  review: Review;
  session: Session;
  block: Block;
}

const actor = (user: User): Actor => ({ id: user.id, role: 'user', schoolId: user.schoolId });
const now = at(30);

export async function stage(world: BoardWorld, stores: ViewStores): Promise<Stage> {
  const school = await world.school();
  const [alice, bob] = [await world.user('alice', school.id), await world.user('bob', school.id)];
  const board = await world.board(school.id);
  const post = await world.post(board, alice);
  const question = await world.post(board, alice, { isQuestion: true, title: 'A question' });
  const comment = await world.comment(post, bob);
  await stores.postLikes.add(post.id, bob.id, at(3));
  await stores.scraps.add(post.id, bob.id, at(3));
  const hiddenPost = await world.post(board, bob, { title: 'Reported' });
  await stores.posts.markHidden(hiddenPost.id, at(4));
  const hiddenComment = await world.comment(post, alice);
  await stores.comments.markHidden(hiddenComment.id, at(4));
  const course = Course.create(
    {
      id: CourseId(world.id()),
      schoolId: school.id,
      semester: '2026-1',
      code: 'CS101',
      name: 'Intro',
      professor: 'Grace Hopper',
      credits: 3,
      times: [],
    },
    at(0),
  );
  await stores.courses.add(course);
  const review = Review.create(
    { id: ReviewId(world.id()), courseId: course.id, authorId: alice.id, rating: 4, content: 'Fine.' },
    at(1),
  );
  await stores.reviews.add(review);
  const session = Session.create({ id: SessionId(world.id()), userId: alice.id }, at(0));
  await stores.sessions.create(session, {
    hash: world.id().replace(/-/g, '').padEnd(64, '0'),
    sessionId: session.id,
    issuedAt: at(0),
    expiresAt: at(600),
    usedAt: null,
  });
  const block = Block.create(
    {
      id: BlockId(world.id()),
      blockerId: bob.id,
      target: { kind: 'user', userId: alice.id },
      label: 'alice',
    },
    at(2),
  );
  await stores.blocks.add(block);
  return {
    world,
    board,
    alice,
    bob,
    post,
    question,
    comment,
    hiddenPost,
    hiddenComment,
    course,
    review,
    session,
    block,
  };
}

/**
 * One write use case of the application, as the writes it makes through the stores (inside one
 * unit of work), and the store methods it exercises: together the cases must cover every write
 * that a retirement table names.
 */
export interface WriteCase {
  name: string;
  covers: string[];
  write(stores: ViewStores, s: Stage): Promise<unknown>;
}

export const writeCases: WriteCase[] = [
  {
    name: 'CreatePost',
    covers: ['posts.save'],
    write: (st, s) =>
      st.posts.save(
        Post.create(
          {
            id: PostId(s.world.id()),
            boardId: s.board.id,
            schoolId: s.board.schoolId,
            authorId: s.bob.id,
            title: 'Fresh',
            content: 'New',
            isAnonymous: false,
            isQuestion: false,
          },
          at(20),
        ),
      ),
  },
  {
    name: 'EditPost',
    covers: ['posts.save'],
    write: async (st, s) => {
      const post = (await st.posts.findById(s.post.id))!;
      post.edit(actor(s.alice), { title: 'Edited title' }, now);
      return st.posts.save(post);
    },
  },
  {
    name: 'DeletePost',
    covers: ['posts.save'],
    write: async (st, s) => {
      const post = (await st.posts.findById(s.post.id))!;
      post.delete(actor(s.alice), now);
      return st.posts.save(post);
    },
  },
  {
    name: 'LikePost (and HOT)',
    covers: ['postLikes.add', 'posts.markHot'],
    write: async (st, s) => {
      await st.postLikes.add(s.post.id, s.alice.id, now);
      await st.posts.markHot(s.post.id, now);
    },
  },
  {
    name: 'ReportPost (and hide)',
    covers: ['postReports.add', 'posts.markHidden'],
    write: async (st, s) => {
      await st.postReports.add(s.post.id, s.bob.id, 'spam', now);
      await st.posts.markHidden(s.post.id, now);
    },
  },
  {
    name: 'RestorePost (an admin shows a hidden post)',
    covers: ['posts.markShown'],
    write: (st, s) => st.posts.markShown(s.hiddenPost.id),
  },
  {
    name: 'RestoreComment (an admin shows a hidden comment)',
    covers: ['comments.markShown'],
    write: (st, s) => st.comments.markShown(s.hiddenComment.id),
  },
  { name: 'ScrapPost', covers: ['scraps.add'], write: (st, s) => st.scraps.add(s.post.id, s.alice.id, now) },
  { name: 'UnscrapPost', covers: ['scraps.remove'], write: (st, s) => st.scraps.remove(s.post.id, s.bob.id) },
  {
    name: 'CreateComment (a question locks)',
    covers: ['comments.add', 'posts.markLocked'],
    write: async (st, s) => {
      await st.comments.add(s.world.newComment(s.question, s.bob, {}, null, now));
      await st.posts.markLocked(s.question.id, now);
    },
  },
  {
    name: 'EditComment',
    covers: ['comments.update'],
    write: async (st, s) => {
      const comment = (await st.comments.findById(s.comment.id))!;
      comment.edit(actor(s.bob), 'Edited comment', now);
      return st.comments.update(comment);
    },
  },
  {
    name: 'DeleteComment',
    covers: ['comments.markDeleted'],
    write: (st, s) => st.comments.markDeleted(s.comment.id, now),
  },
  {
    name: 'HideComment',
    covers: ['comments.markHidden'],
    write: (st, s) => st.comments.markHidden(s.comment.id, now),
  },
  {
    name: 'LikeComment',
    covers: ['commentLikes.add'],
    write: (st, s) => st.commentLikes.add(s.comment.id, s.alice.id, now),
  },
  {
    name: 'CreateBoard (seen as missing first)',
    covers: ['boards.save'],
    write: (st, s) =>
      st.boards.save(
        Board.create(
          { id: BoardId(MISSING.board), schoolId: s.board.schoolId, name: 'New', description: '' },
          now,
        ),
      ),
  },
  {
    name: 'UpdateMe (nickname)',
    covers: ['users.save'],
    write: async (st, s) => {
      const user = (await st.users.findById(s.bob.id))!;
      user.changeNickname('bobby');
      return st.users.save(user);
    },
  },
  {
    name: 'ChangePassword (other sessions revoked)',
    covers: ['users.save', 'sessions.revokeAllOf'],
    write: async (st, s) => {
      const user = (await st.users.findById(s.alice.id))!;
      user.changePasswordHash('y');
      await st.users.save(user);
      await st.sessions.revokeAllOf(s.alice.id, now);
    },
  },
  {
    name: 'ConfirmVerification (e-mail and verified)',
    covers: ['users.save'],
    write: async (st, s) => {
      const user = (await st.users.findById(s.bob.id))!;
      user.verifyEmail('bob@cs.sogang.ac.kr', now);
      return st.users.save(user);
    },
  },
  {
    name: 'RestrictUser (then the write gate reads the user)',
    covers: ['users.save'],
    write: async (st, s) => {
      const user = (await st.users.findById(s.alice.id))!;
      user.restrict(new Date(now.getTime() + 86_400_000), '도배');
      return st.users.save(user);
    },
  },
  { name: 'LogOut', covers: ['sessions.revoke'], write: (st, s) => st.sessions.revoke(s.session.id, now) },
  {
    name: 'CreateCourse (seen as missing first)',
    covers: ['courses.add'],
    write: (st, s) =>
      st.courses.add(
        Course.rehydrate({
          ...s.course.snapshot(),
          id: CourseId(MISSING.course),
          code: 'CS102',
          ratingSum: 0,
          reviewCount: 0,
        }),
      ),
  },
  {
    name: 'CreateReview',
    covers: ['reviews.add'],
    write: (st, s) =>
      st.reviews.add(
        Review.create(
          {
            id: ReviewId(s.world.id()),
            courseId: s.course.id,
            authorId: s.bob.id,
            rating: 1,
            content: 'Bad.',
          },
          now,
        ),
      ),
  },
  {
    name: 'EditReview',
    covers: ['reviews.update'],
    write: async (st, s) => {
      const review = (await st.reviews.findById(s.review.id))!;
      const previous = review.rating;
      review.edit({ rating: 2 }, now);
      return st.reviews.update(review, previous);
    },
  },
  { name: 'DeleteReview', covers: ['reviews.remove'], write: (st, s) => st.reviews.remove(s.review) },
  {
    name: 'DeleteAccount (a named commenter, liker and scrapper goes)',
    covers: ['removal.remove', 'boardErasure.erase', 'blocksErasure.erase'],
    write: async (st, s) => {
      await st.removal.claim(s.bob.id);
      await st.boardErasure.erase(s.bob.id, st.erasedIds);
      await st.coursesErasure.erase(s.bob.id, st.erasedIds);
      await st.blocksErasure.erase(s.bob.id, st.erasedIds);
      return st.removal.remove(s.bob.id);
    },
  },
  {
    name: 'BlockPostAuthor (anonymous)',
    covers: ['blocks.add'],
    write: (st, s) =>
      st.blocks.add(
        Block.create(
          {
            id: BlockId(s.world.id()),
            blockerId: s.bob.id,
            target: { kind: 'post', postId: s.question.id, authorId: s.alice.id },
            label: '익명',
          },
          now,
        ),
      ),
  },
  { name: 'Unblock', covers: ['blocks.remove'], write: (st, s) => st.blocks.remove(s.bob.id, s.block.id) },
];

/** Ids read before they exist, so that a later create must retire the miss stored for them. */
const MISSING = {
  course: '0190a000-0000-7000-8000-fffffffffff1',
  board: '0190a000-0000-7000-8000-fffffffffff2',
};

/** Every cached read of the stage, as plain data: what the cache must never change. */
export async function readAll(st: ViewStores, s: Stage): Promise<unknown> {
  const first = { limit: 20, after: null };
  const board = { boardId: s.board.id, includeHidden: false };
  return JSON.parse(
    JSON.stringify({
      alicePost: await st.queries.findPost(s.post.id, s.alice.id),
      bobPost: await st.queries.findPost(s.post.id, s.bob.id),
      question: await st.queries.findPost(s.question.id, s.bob.id),
      hiddenPost: await st.queries.findPost(s.hiddenPost.id, s.alice.id),
      comments: await st.queries.listComments(s.post.id),
      questionComments: await st.queries.listComments(s.question.id),
      page: await st.queries.listBoardPosts(board, first),
      questions: await st.queries.listBoardPosts({ ...board, isQuestion: true }, first),
      adminPage: await st.queries.listBoardPosts({ ...board, includeHidden: true }, first),
      hot: await st.queries.listHotPosts({ schoolId: s.board.schoolId, includeHidden: false }, first),
      boardRow: (await st.boards.findById(s.board.id))?.snapshot() ?? null,
      alice: (await st.users.findById(s.alice.id))?.snapshot() ?? null,
      bob: (await st.users.findById(s.bob.id))?.snapshot() ?? null,
      session: (await st.sessions.findById(s.session.id))?.snapshot() ?? null,
      course: (await st.courses.findById(s.course.id))?.snapshot() ?? null,
      missingCourse: (await st.courses.findById(CourseId(MISSING.course)))?.snapshot() ?? null,
      missingBoard: (await st.boards.findById(BoardId(MISSING.board)))?.snapshot() ?? null,
      bobBlocks: await st.blocks.targetsOf(s.bob.id),
      aliceBlocks: await st.blocks.targetsOf(s.alice.id),
    }),
  ) as unknown;
}
