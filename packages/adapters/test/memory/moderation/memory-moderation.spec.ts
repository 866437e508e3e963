import { AUDIT_LOG, REPORT_CASE_QUERIES, REPORT_CASE_REPOSITORY } from '@campus/domain';
import { MemoryAdapters } from '../../../src/memory/index.js';
import { moderationContract } from '../../../src/testing/index.js';

moderationContract('memory', () => {
  const adapters = new MemoryAdapters();
  return Promise.resolve({
    ...adapters,
    queries: adapters.postQueries,
    uow: adapters.unitOfWork,
    cases: adapters.ports.get(REPORT_CASE_REPOSITORY),
    caseQueries: adapters.ports.get(REPORT_CASE_QUERIES),
    audit: adapters.ports.get(AUDIT_LOG),
  });
});
