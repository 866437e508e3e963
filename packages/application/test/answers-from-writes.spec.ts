import { FixedClock, SequentialIdGenerator } from '@campus/adapters/system';
import { expect } from 'chai';
import { CreatePost } from '../src/index.js';
import { tripwiredWorld as world } from './tripwired-world.js';
import { unlimited } from './support/write-guards.js';

describe('creates answer from what they wrote', () => {
  it('given a database that fails once the post is committed, when a named post is created, then it is answered in full', async () => {
    const w = await world();
    const post = await w.createPost.execute({
      actor: w.alice,
      boardId: w.ids.board,
      title: 'Hello',
      content: 'World',
      isAnonymous: false,
    });
    expect(post).to.deep.include({ title: 'Hello', content: 'World', likeCount: 0, comments: [] });
    expect(post.author).to.deep.equal({
      id: w.alice.id,
      displayName: 'alice nick',
      isAnonymous: false,
      isPostAuthor: true,
    });
    expect(post.board).to.deep.equal({ id: w.ids.board, name: 'Free' });
    expect(post.viewer).to.deep.equal({ isAuthor: true, liked: false, scrapped: false, reported: false });
  });

  it('given a database that fails once the comment is committed, when a named comment is made, then it is answered in full', async () => {
    const w = await world();
    const post = await new CreatePost(
      w.raw.boards,
      w.raw.posts,
      w.raw.users,
      new SequentialIdGenerator(),
      new FixedClock(),
      unlimited(new FixedClock()),
    ).execute({
      actor: w.bob,
      boardId: w.ids.board,
      title: 'Q',
      content: 'A?',
    });
    const comment = await w.createComment.execute({
      actor: w.alice,
      postId: post.id,
      content: 'Hi',
      isAnonymous: false,
    });
    expect(comment).to.deep.include({ content: 'Hi', isMine: true, replies: [] });
    expect(comment.author?.displayName).to.equal('alice nick');
  });

  it('given a database that fails once the account is committed, when someone signs up, then they get their account and tokens', async () => {
    const w = await world();
    const result = await w.signUp.execute({
      username: 'carol',
      password: 'correct horse battery',
      email: 'carol@example.com',
      nickname: 'carol nick',
      schoolId: w.ids.school,
      departmentId: w.ids.department,
    });
    expect(result.user.school).to.deep.equal({ id: w.ids.school, name: 'Campus U' });
    expect(result.user.department).to.deep.equal({ id: w.ids.department, name: 'Physics' });
    expect(result.accessToken).to.be.a('string');
  });

  it('given a database that fails once the timetable is committed, when one is made, then it is answered with its owner', async () => {
    const w = await world();
    const timetable = await w.createTimetable.execute({ actor: w.alice, semester: '2025-1' });
    expect(timetable).to.deep.include({ name: '시간표1', isPrimary: true, courses: [], totalCredits: 0 });
    expect(timetable.owner).to.deep.equal({ id: w.alice.id, username: 'alice', nickname: 'alice nick' });
  });

  it('given a database that fails once the request is committed, when a friend request is sent, then both sides are named', async () => {
    const w = await world();
    const outcome = await w.sendFriendRequest.execute({ actor: w.alice, username: 'bobby' });
    expect(outcome.kind).to.equal('request');
    if (outcome.kind !== 'request') return;
    expect(outcome.request.from.username).to.equal('alice');
    expect(outcome.request.to.username).to.equal('bobby');
  });

  it('given a database that fails once the review is committed, when a review is written, then it is answered', async () => {
    const w = await world();
    const review = await w.createReview.execute({
      actor: w.alice,
      courseId: w.ids.course,
      rating: 5,
      content: 'Good',
    });
    expect(review).to.deep.include({ rating: 5, content: 'Good', isMine: true });
  });
});
