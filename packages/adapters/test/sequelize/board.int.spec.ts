import { boardContracts, mysqlTestDatabase } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  describe(`board adapters on ${target.name}`, function () {
    let previous: (() => Promise<void>) | undefined;

    before(async function () {
      if (target.name !== 'mysql') return;
      const probe = await mysqlTestDatabase();
      if (!probe) return this.skip();
      await probe.drop();
    });
    after(async () => {
      await previous?.();
    });

    // Every test gets a fresh, migrated database: the fixtures use fixed ids.
    boardContracts(target.name, async () => {
      await previous?.();
      const fresh = await target.open();
      if (!fresh) throw new Error(`${target.name} became unreachable`);
      previous = fresh.dispose;
      return portsOf(fresh.adapters);
    });
  });
}
