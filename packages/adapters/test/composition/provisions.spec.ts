import { expect } from 'chai';
import { POST_REPOSITORY, UNIT_OF_WORK, USER_REPOSITORY, token } from '@campus/domain';
import { Ports, provide } from '../../src/composition/provisions.js';
import { MemoryDatabase } from '../../src/memory/memory-database.js';
import { memoryModules, memoryRepositories } from '../../src/memory/memory-modules.js';
import { InMemoryPostRepository } from '../../src/memory/board/in-memory-post-repository.js';
import { InMemoryUserRepository } from '../../src/memory/identity/in-memory-user-repository.js';

// Compiled by `npm run typecheck`: each `@ts-expect-error` fails it the day its line compiles.
describe('ports provided by token', () => {
  const db = new MemoryDatabase();

  it('does not compile a repository provided under another port’s token', () => {
    // @ts-expect-error: a post repository is not a user repository
    const wrong = provide(USER_REPOSITORY, new InMemoryPostRepository(db));
    expect(wrong.token).to.equal(USER_REPOSITORY);
  });

  it('answers each token with what was provided last for it: the cache around a repository', () => {
    const [raw, wrapped] = [new InMemoryUserRepository(db), new InMemoryUserRepository(db)];
    const ports = new Ports([provide(USER_REPOSITORY, raw)]).add([provide(USER_REPOSITORY, wrapped)]);
    expect(ports.get(USER_REPOSITORY)).to.equal(wrapped);
    expect(ports.list()).to.have.length(1);
  });

  it('names the token nobody provided', () => {
    expect(() => new Ports().get(token('Nothing'))).to.throw('campus.Nothing');
  });

  it('gives every feature’s in-memory repositories, and the unit of work, on one database', () => {
    const ports = memoryRepositories(db);
    expect(ports.get(POST_REPOSITORY)).to.be.instanceOf(InMemoryPostRepository);
    expect(ports.get(UNIT_OF_WORK)).to.not.equal(undefined);
    // Every port each feature's module provides is among them.
    for (const module of memoryModules) {
      const provided = module(db, ports.get);
      expect(provided).to.not.have.length(0);
      for (const { token: port } of provided) expect(ports.get(port), String(port.description)).to.exist;
    }
  });
});
