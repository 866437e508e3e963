import { ACCOUNT_REMOVAL, BOARD_ERASURE, ERASED_IDS } from '@campus/domain';
import { accountDeletionContract } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  accountDeletionContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return {
      ...portsOf(adapters),
      sessions: adapters.sessions,
      removal: adapters.ports.get(ACCOUNT_REMOVAL),
      boardErasure: adapters.ports.get(BOARD_ERASURE),
      ids: adapters.ports.get(ERASED_IDS),
      teardown: dispose,
    };
  });
}
