import { moderationContract } from '../../src/testing/index.js';
import { moderationPortsOf } from './moderation-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  moderationContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return { ...moderationPortsOf(adapters), teardown: dispose };
  });
}
