import { expect } from 'chai';
import {
  BOARD_SETTINGS,
  CLOCK,
  POST_LIKE_REPOSITORY,
  POST_REPOSITORY,
  UNIT_OF_WORK,
  token,
  type PostRepository,
} from '@campus/domain';
import { memoryPorts } from '@campus/adapters/memory';
import {
  LikePost,
  boardUseCases,
  createUseCases,
  declaredUseCases,
  notifier,
  useCase,
  writeGuard,
} from '../../src/index.js';

// These specs are compiled by `npm run typecheck`: each `@ts-expect-error` fails the typecheck
// the day the line below it compiles, that is, the day a swapped binding stops being an error.
describe('typed tokens', () => {
  it('declares LikePost from its ports, in constructor order', () => {
    const declared = useCase(LikePost, [
      UNIT_OF_WORK,
      POST_REPOSITORY,
      POST_LIKE_REPOSITORY,
      BOARD_SETTINGS,
      CLOCK,
      writeGuard,
      notifier,
    ]);
    expect(declared.deps).to.deep.equal([
      UNIT_OF_WORK,
      POST_REPOSITORY,
      POST_LIKE_REPOSITORY,
      BOARD_SETTINGS,
      CLOCK,
      writeGuard,
      notifier,
    ]);
  });

  it('does not compile LikePost with two of its tokens swapped', () => {
    const swapped = useCase(
      LikePost,
      // @ts-expect-error: a PostLikeRepository is not a PostRepository, and the other way round
      [UNIT_OF_WORK, POST_LIKE_REPOSITORY, POST_REPOSITORY, BOARD_SETTINGS, CLOCK, writeGuard, notifier],
    );
    expect(swapped.deps).to.have.length(7);
  });

  it('does not compile LikePost with a token missing', () => {
    // @ts-expect-error: LikePost needs its notifier
    const short = useCase(LikePost, [
      UNIT_OF_WORK,
      POST_REPOSITORY,
      POST_LIKE_REPOSITORY,
      BOARD_SETTINGS,
      CLOCK,
      writeGuard,
    ]);
    expect(short.deps).to.have.length(6);
  });

  it('gives the same symbol for the same name, carrying the type it was declared with', () => {
    const again = token<PostRepository>('PostRepository');
    expect(again).to.equal(POST_REPOSITORY);
  });

  it('declares the board with LikePost under its own key, bound once', () => {
    const all = declaredUseCases();
    expect(all).to.include(boardUseCases.likePost);
    expect(new Set(all.map((declared) => declared.token)).size).to.equal(all.length);
  });

  it('builds every feature without a container, typed by its declaration', () => {
    const campus = createUseCases(memoryPorts({ secret: 'a secret of at least 32 bytes!!!' }).get);
    const likePost: LikePost = campus.board.likePost;
    expect(likePost).to.be.instanceOf(LikePost);
    expect(Object.keys(campus)).to.deep.equal([
      'identity',
      'board',
      'friends',
      'courses',
      'timetables',
      'passwordReset',
      'verification',
      'accountDeletion',
      'moderation',
      'blocking',
      'messages',
      'notifications',
    ]);
  });
});
