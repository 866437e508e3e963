import { AUDIT_LOG, REPORT_CASE_QUERIES, REPORT_CASE_REPOSITORY } from '@campus/domain';
import { moderationContract } from '../../src/testing/index.js';
import { portsOf } from './board-ports.js';
import { SQL_TARGETS } from './sql-targets.js';

for (const target of SQL_TARGETS) {
  moderationContract(target.name, async () => {
    const opened = await target.open();
    if (!opened) return null;
    const { adapters, dispose } = opened;
    return {
      ...portsOf(adapters),
      cases: adapters.ports.get(REPORT_CASE_REPOSITORY),
      caseQueries: adapters.ports.get(REPORT_CASE_QUERIES),
      audit: adapters.ports.get(AUDIT_LOG),
      teardown: dispose,
    };
  });
}
