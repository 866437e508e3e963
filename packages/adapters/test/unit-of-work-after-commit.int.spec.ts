import { expect } from 'chai';
import type { UnitOfWork } from '@campus/domain';
import { InMemoryUnitOfWork, MemoryDatabase } from '../src/index.js';
import { SQL_TARGETS } from './sequelize/sql-targets.js';

/** Effects after a commit (dropping cache entries) run once it commits, and never on rollback. */
const targets: { name: string; open: () => Promise<{ uow: UnitOfWork; dispose(): Promise<void> } | null> }[] =
  [
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
    let uow: UnitOfWork;
    let dispose: () => Promise<void>;
    before(async function () {
      const opened = await target.open();
      if (!opened) return this.skip();
      ({ uow, dispose } = opened);
    });
    after(() => dispose?.());

    const settle = () => new Promise((r) => setTimeout(r, 20));

    it('runs the effect only after the unit commits', async () => {
      const log: string[] = [];
      await uow.run(async () => {
        uow.afterCommit(() => Promise.resolve(void log.push('effect')));
        await uow.run(() =>
          Promise.resolve(void uow.afterCommit(() => Promise.resolve(void log.push('nested')))),
        );
        await settle();
        log.push('work done');
      });
      await settle();
      expect(log).to.deep.equal(['work done', 'effect', 'nested']);
    });

    it('never runs it when the unit rolls back, and at once outside a unit', async () => {
      const log: string[] = [];
      try {
        await uow.run(() => {
          uow.afterCommit(() => Promise.resolve(void log.push('effect')));
          return Promise.reject(new Error('boom'));
        });
      } catch {
        log.push('rolled back');
      }
      uow.afterCommit(() => Promise.resolve(void log.push('outside')));
      await settle();
      expect(log).to.deep.equal(['rolled back', 'outside']);
    });
  });
}
