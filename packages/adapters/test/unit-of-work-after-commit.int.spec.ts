import { expect } from 'chai';
import type { UnitOfWork } from '@campus/domain';
import type { AfterCommit } from '../src/cache/index.js';
import { InMemoryUnitOfWork, MemoryDatabase } from '../src/memory/index.js';
import { SQL_TARGETS } from './sequelize/sql-targets.js';

/** Effects after a commit (dropping cache entries) run once it commits, and never on rollback. */
const targets: {
  name: string;
  open: () => Promise<{ uow: UnitOfWork & AfterCommit; dispose(): Promise<void> } | null>;
}[] = [
  {
    name: 'memory',
    open: () =>
      Promise.resolve({
        uow: new InMemoryUnitOfWork(new MemoryDatabase()),
        dispose: () => Promise.resolve(),
      }),
  },
  ...SQL_TARGETS.map((t) => ({
    name: t.name,
    open: async () => {
      const opened = await t.open();
      return opened ? { uow: opened.adapters.unitOfWork, dispose: opened.dispose } : null;
    },
  })),
];

for (const target of targets) {
  describe(`UnitOfWork.afterCommit (${target.name})`, function () {
    let uow: UnitOfWork & AfterCommit;
    let dispose: () => Promise<void>;
    before(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ uow, dispose } = opened);
    });
    after(() => dispose?.());

    const later = (ms: number, effect: () => void) => () =>
      new Promise<void>((r) => setTimeout(() => r(effect()), ms));

    it('runs the effects after the unit commits, and resolves run only once they have finished', async () => {
      const log: string[] = [];
      await uow.run(async () => {
        await uow.afterCommit(later(20, () => log.push('effect')));
        await uow.run(() => uow.afterCommit(later(5, () => log.push('nested'))));
        await new Promise((r) => setTimeout(r, 20));
        log.push('work done');
      });
      log.push('run resolved');
      expect(log).to.deep.equal(['work done', 'effect', 'nested', 'run resolved']);
    });

    it('never runs them when the unit rolls back, runs them at once outside a unit, and swallows their errors', async () => {
      const log: string[] = [];
      const failure = uow.run(async () => {
        await uow.afterCommit(later(0, () => log.push('effect')));
        throw new Error('boom');
      });
      const error = await failure.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(Error).with.property('message', 'boom');
      await uow.afterCommit(later(5, () => log.push('outside')));
      log.push('registered');
      await uow.afterCommit(() => Promise.reject(new Error('cache down')));
      await uow.run(() => uow.afterCommit(() => Promise.reject(new Error('cache down'))));
      expect(log).to.deep.equal(['outside', 'registered']);
    });
  });
}
