import { expect } from 'chai';
import { Board, BoardId, CommentId, type PostQueries } from '@campus/domain';
import type { CheckedCache } from '../../../src/cache/checked-cache.js';
import { InProcessCache } from '../../../src/memory/cache/in-process-cache.js';
import { SystemClock } from '../../../src/system/index.js';
import { BoardWorld, cachedBoardPorts, type BoardPorts } from '../../../src/testing/index.js';
import { memoryBoardPorts } from './memory-board-ports.js';

/** The store's PostQueries, counting the calls that reach it and able to hold one read back. */
function countingQueries(inner: PostQueries) {
  const calls: Record<string, number> = {};
  let hold: Promise<void> | null = null;
  const queries = new Proxy(inner, {
    get(target, name: string) {
      const method = (target as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[name];
      if (typeof method !== 'function') return method;
      return async (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        const result = await method.apply(target, args);
        const gate = hold;
        hold = null;
        if (gate) await gate;
        return result;
      };
    },
  });
  return {
    queries,
    calls,
    /** The next read answers what the store holds now, but only once `release` is called. */
    holdNextRead(): () => void {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return release;
    },
  };
}

/** A cache that is down: every read misses and every write is dropped, as the adapters degrade. */
const downCache: CheckedCache = {
  faults: 0,
  deleteChecked: () => Promise.resolve(false),
  setChecked: () => Promise.resolve(false),
  get: () => Promise.resolve(null),
  getMany: (keys) => Promise.resolve(keys.map(() => null)),
  set: () => Promise.resolve(),
  setIfAbsent: () => Promise.resolve(false),
  delete: () => Promise.resolve(),
  ping: () => Promise.resolve(false),
};

describe('board views behind the view cache', () => {
  let raw: BoardPorts;
  let ports: BoardPorts;
  let store: ReturnType<typeof countingQueries>;
  let world: BoardWorld;

  const firstPage = { limit: 20, after: null };
  const open = async (cache: CheckedCache = new InProcessCache(new SystemClock())) => {
    raw = await memoryBoardPorts();
    store = countingQueries(raw.queries);
    ports = cachedBoardPorts({ ...raw, queries: store.queries }, cache);
    world = new BoardWorld(ports);
  };
  beforeEach(() => open());

  it('given a board page read once, when read again, then the store is not asked; a like shows on the next read', async () => {
    const { board, alice, bob } = await world.stage();
    const post = await world.post(board, alice);
    const filter = { boardId: board.id, includeHidden: false };
    await ports.queries.listBoardPosts(filter, firstPage);
    const again = await ports.queries.listBoardPosts(filter, firstPage);
    expect(store.calls.listBoardPosts).to.equal(1);
    expect(again.items.map((p) => [p.id, p.likeCount, p.createdAt.getTime()])).to.deep.equal([
      [post.id, 0, post.snapshot().createdAt.getTime()],
    ]);

    await ports.uow.run(() => ports.postLikes.add(post.id, bob.id, new Date()));
    const after = await ports.queries.listBoardPosts(filter, firstPage);
    expect(after.items[0]?.likeCount).to.equal(1);
    expect(store.calls.listBoardPosts).to.equal(2);
  });

  it('writes each view as JSON.stringify would write its records, Dates included', async () => {
    // Each entry is `stamp|expiresAt|json`: the JSON written, by key.
    const written = new Map<string, string>();
    const recording = new InProcessCache(new SystemClock());
    const set = recording.set.bind(recording);
    recording.set = (key, value, ttlMs) => {
      written.set(key, value.split('|').slice(2).join('|'));
      return set(key, value, ttlMs);
    };
    await open(recording);
    const { board, alice, bob } = await world.stage();
    const post = await world.post(board, alice);
    const gone = await world.comment(post, bob);
    await world.comment(post, alice, { isAnonymous: true });
    await raw.comments.markDeleted(gone.id, new Date('2026-03-04T05:06:07.089Z'));
    await raw.posts.markHot(post.id, new Date('2026-03-03T00:00:00.001Z'));
    const filter = { boardId: board.id, includeHidden: false };

    await ports.queries.listBoardPosts(filter, firstPage);
    await ports.queries.findPost(post.id, bob.id);
    await ports.queries.listComments(post.id);

    const { viewer, ...shared } = (await raw.queries.findPost(post.id, bob.id))!;
    const comments = await raw.queries.listComments(post.id);
    expect(comments.some((c) => c.deletedAt !== null)).to.equal(true);
    expect(shared.hotAt).to.not.equal(null);
    expect(written.get(`view:board:${board.id}:-:0:20`)).to.equal(
      JSON.stringify(await raw.queries.listBoardPosts(filter, firstPage)),
    );
    expect(written.get(`view:post:${post.id}`)).to.equal(JSON.stringify(shared));
    expect(written.get(`view:viewer:${post.id}:${bob.id}`)).to.equal(JSON.stringify(viewer));
    expect(written.get(`view:comments:${post.id}`)).to.equal(JSON.stringify(comments));
  });

  it('given a cached page, when a read that began before a write stores its stale answer after the commit, then it is never served', async () => {
    const { board, alice, bob } = await world.stage();
    const post = await world.post(board, alice);
    const filter = { boardId: board.id, includeHidden: false };
    const release = store.holdNextRead();
    const slow = ports.queries.listBoardPosts(filter, firstPage); // reads 0 likes, answers later
    await new Promise((r) => setTimeout(r, 5));
    await ports.uow.run(() => ports.postLikes.add(post.id, bob.id, new Date()));
    release();
    expect((await slow).items[0]?.likeCount).to.equal(0);
    const next = await ports.queries.listBoardPosts(filter, firstPage);
    expect(next.items[0]?.likeCount).to.equal(1);
  });

  it('given a post read by two viewers, then each gets their own flags and the shared row is read once per change', async () => {
    const { board, alice, bob, carol } = await world.stage();
    const post = await world.post(board, alice);
    await ports.postLikes.add(post.id, bob.id, new Date());
    expect((await ports.queries.findPost(post.id, bob.id))?.viewer.liked).to.equal(true);
    expect((await ports.queries.findPost(post.id, bob.id))?.viewer.liked).to.equal(true);
    expect(store.calls.findPost).to.equal(1);
    const carolView = await ports.queries.findPost(post.id, carol.id);
    expect(carolView?.viewer).to.deep.equal({ liked: false, scrapped: false, reported: false });
    expect(carolView?.likeCount).to.equal(1);

    await ports.scraps.add(post.id, carol.id, new Date());
    const scrapped = await ports.queries.findPost(post.id, carol.id);
    expect(scrapped?.viewer.scrapped).to.equal(true);
    expect(scrapped?.scrapCount).to.equal(1);
    expect((await ports.queries.findPost(post.id, bob.id))?.viewer).to.deep.equal({
      liked: true,
      scrapped: false,
      reported: false,
    });
  });

  it('given a kept post, when a new reader opens it, then only their flags are written to the cache', async () => {
    const cache = new InProcessCache(new SystemClock());
    const written: string[] = [];
    const set = cache.set.bind(cache);
    cache.set = (key, value, ttlMs) => {
      written.push(key);
      return set(key, value, ttlMs);
    };
    await open(cache);
    const { board, alice, bob, carol } = await world.stage();
    const post = await world.post(board, alice);
    expect((await ports.queries.findPost(post.id, bob.id))?.title).to.equal(post.snapshot().title);
    expect(written.sort()).to.deep.equal([`view:post:${post.id}`, `view:viewer:${post.id}:${bob.id}`]);

    written.length = 0;
    const carolView = await ports.queries.findPost(post.id, carol.id);
    expect(carolView?.title).to.equal(post.snapshot().title);
    expect(carolView?.viewer).to.deep.equal({ liked: false, scrapped: false, reported: false });
    expect(written).to.deep.equal([`view:viewer:${post.id}:${carol.id}`]);
    expect(store.calls.findPost).to.equal(2);
  });

  it("given a post kept with its readers' flags, when a comment retires it, then their next reads together share one read of it", async () => {
    const { board, alice, bob, carol } = await world.stage();
    const post = await world.post(board, alice);
    await ports.postLikes.add(post.id, bob.id, new Date());
    const readers = [alice, bob, carol];
    for (const reader of readers) await ports.queries.findPost(post.id, reader.id);
    expect(store.calls.findPost).to.equal(3);

    await world.comment(post, carol);
    const views = await Promise.all(readers.map((reader) => ports.queries.findPost(post.id, reader.id)));
    expect(store.calls.findPost).to.equal(4);
    expect(views.map((v) => [v?.commentCount, v?.likeCount, v?.viewer.liked])).to.deep.equal([
      [1, 1, false],
      [1, 1, true],
      [1, 1, false],
    ]);
    expect((await ports.queries.findPost(post.id, bob.id))?.commentCount).to.equal(1);
    expect(store.calls.findPost).to.equal(4);
  });

  it('given cached comments, when a comment is added, liked, edited and deleted, then each next read shows it', async () => {
    const { board, alice, bob } = await world.stage();
    const post = await world.post(board, alice);
    const first = await world.comment(post, bob);
    expect(await ports.queries.listComments(post.id)).to.have.length(1);
    await ports.queries.listComments(post.id);
    expect(store.calls.listComments).to.equal(1);

    await world.comment(post, alice, { content: 'second' });
    expect((await ports.queries.listComments(post.id)).map((c) => c.content)).to.deep.equal([
      'A comment',
      'second',
    ]);
    expect((await ports.queries.findPost(post.id, alice.id))?.commentCount).to.equal(2);

    await ports.commentLikes.add(CommentId(first.id), alice.id, new Date());
    expect((await ports.queries.listComments(post.id))[0]?.likeCount).to.equal(1);

    first.edit({ id: bob.id, role: 'user', schoolId: board.schoolId }, 'edited', new Date());
    await ports.comments.update(first);
    expect((await ports.queries.listComments(post.id))[0]?.content).to.equal('edited');

    await ports.comments.markDeleted(first.id, new Date());
    expect((await ports.queries.listComments(post.id))[0]?.deletedAt).to.be.instanceOf(Date);
    expect((await ports.queries.findPost(post.id, alice.id))?.commentCount).to.equal(1);
  });

  it('given a cached HOT page, when a post becomes HOT, then the next read lists it', async () => {
    const { school, board, alice } = await world.stage();
    const post = await world.post(board, alice);
    const filter = { schoolId: school.id, includeHidden: false };
    expect((await ports.queries.listHotPosts(filter, firstPage)).items).to.deep.equal([]);
    expect((await ports.queries.listHotPosts(filter, firstPage)).items).to.deep.equal([]);
    expect(store.calls.listHotPosts).to.equal(1);
    await ports.posts.markHot(post.id, new Date());
    const hot = await ports.queries.listHotPosts(filter, firstPage);
    expect(hot.items.map((p) => p.id)).to.deep.equal([post.id]);
    expect(hot.items[0]?.hotAt).to.be.instanceOf(Date);
  });

  it('given cached views, when an author changes nickname, then pages, posts and comments show the new one', async () => {
    const { board, alice } = await world.stage();
    const post = await world.post(board, alice);
    await world.comment(post, alice);
    const filter = { boardId: board.id, includeHidden: false };
    await ports.queries.listBoardPosts(filter, firstPage);
    await ports.queries.findPost(post.id, alice.id);
    await ports.queries.listComments(post.id);

    alice.changeNickname('Alicia');
    await ports.users.save(alice);
    expect((await ports.queries.listBoardPosts(filter, firstPage)).items[0]?.authorNickname).to.equal(
      'Alicia',
    );
    expect((await ports.queries.findPost(post.id, alice.id))?.authorNickname).to.equal('Alicia');
    expect((await ports.queries.listComments(post.id))[0]?.authorNickname).to.equal('Alicia');
  });

  it('given later pages and searches, then they are read through, never cached', async () => {
    const { board, alice } = await world.stage();
    await world.post(board, alice);
    const page = await ports.queries.listBoardPosts(
      { boardId: board.id, includeHidden: false },
      { limit: 20, after: { value: Date.now(), id: 'z' } },
    );
    await ports.queries.listBoardPosts(
      { boardId: board.id, includeHidden: false },
      { limit: 20, after: { value: Date.now(), id: 'z' } },
    );
    await ports.queries.listBoardPosts({ boardId: board.id, includeHidden: false, q: 'title' }, firstPage);
    await ports.queries.listBoardPosts({ boardId: board.id, includeHidden: false, q: 'title' }, firstPage);
    expect(page.items).to.have.length(1);
    expect(store.calls.listBoardPosts).to.equal(4);
  });

  it('given boards, when looked up twice, then the store is asked once; a missing board stays missing', async () => {
    const { board } = await world.stage();
    let asked = 0;
    const findById = raw.boards.findById.bind(raw.boards);
    raw.boards.findById = (id) => {
      asked += 1;
      return findById(id);
    };
    expect((await ports.boards.findById(board.id))?.snapshot()).to.deep.equal(board.snapshot());
    expect((await ports.boards.findById(board.id))?.snapshot()).to.deep.equal(board.snapshot());
    expect(asked).to.equal(1);
    expect(await ports.boards.findById(BoardId(world.id()))).to.equal(null);
  });

  it('given the cache is down, when views are read after writes, then every read is answered by the store and right', async () => {
    await open(downCache);
    const { board, alice, bob } = await world.stage();
    const post = await world.post(board, alice);
    const filter = { boardId: board.id, includeHidden: false };
    await ports.queries.listBoardPosts(filter, firstPage);
    await ports.postLikes.add(post.id, bob.id, new Date());
    expect((await ports.queries.listBoardPosts(filter, firstPage)).items[0]?.likeCount).to.equal(1);
    expect((await ports.queries.findPost(post.id, bob.id))?.viewer.liked).to.equal(true);
    expect(store.calls.listBoardPosts).to.equal(2);
  });
});

describe('boards alone behind the cache (board views off)', () => {
  it('given boards cached without views, then a board is read from the store once, a board saved after a miss is found, and every page comes from the store', async () => {
    const raw = await memoryBoardPorts();
    const store = countingQueries(raw.queries);
    let asked = 0;
    const findById = raw.boards.findById.bind(raw.boards);
    raw.boards.findById = (id) => {
      asked += 1;
      return findById(id);
    };
    const stores = cachedBoardPorts(
      { ...raw, queries: store.queries },
      new InProcessCache(new SystemClock()),
      undefined,
      { boardViews: false },
    );
    const world = new BoardWorld(stores);
    const { board, alice } = await world.stage();
    await world.post(board, alice);

    for (let i = 0; i < 3; i += 1) {
      expect((await stores.boards.findById(board.id))?.snapshot()).to.deep.equal(board.snapshot());
      const page = await stores.queries.listBoardPosts(
        { boardId: board.id, includeHidden: false },
        { limit: 20, after: null },
      );
      expect(page.items).to.have.length(1);
    }
    expect(asked).to.equal(1);
    expect(store.calls.listBoardPosts).to.equal(3);

    // A board looked up before it exists is found once it is saved.
    const later = Board.create(
      { id: BoardId(world.id()), schoolId: board.schoolId, name: 'Later', description: '' },
      new Date(),
    );
    expect(await stores.boards.findById(later.id)).to.equal(null);
    await stores.boards.save(later);
    expect((await stores.boards.findById(later.id))?.snapshot()).to.deep.equal(later.snapshot());
  });
});
