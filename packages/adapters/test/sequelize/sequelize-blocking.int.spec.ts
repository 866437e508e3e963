import { blockRepositoryContract, mysqlAvailable } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  describe(`block repository on ${target.name}`, function () {
    let previous: (() => Promise<void>) | undefined;

    before(async function () {
      if (target.name !== 'mysql') return;
      if (!(await mysqlAvailable())) return this.skip();
    });
    after(async () => {
      await previous?.();
    });

    blockRepositoryContract(target.name, async () => {
      await previous?.();
      const fresh = await target.open();
      if (!fresh) throw new Error(`${target.name} became unreachable`);
      previous = fresh.dispose;
      return { ...portsOf(fresh.adapters), blocks: fresh.adapters.blocks };
    });
  });
}
