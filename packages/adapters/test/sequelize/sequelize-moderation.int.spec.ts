import { moderationContract, moderationPortsIn } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  moderationContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return { ...portsOf(adapters), ...moderationPortsIn(adapters.ports), teardown: dispose };
  });
}
