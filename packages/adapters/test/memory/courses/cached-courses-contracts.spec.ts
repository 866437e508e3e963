import { InProcessCache, MemoryAdapters } from '../../../src/memory/index.js';
import { SystemClock } from '../../../src/system/index.js';
import { cachedCoursesPorts, coursesContract } from '../../../src/testing/index.js';

// Every contract reads after writing: a course detail left stale by a review fails them.
coursesContract('memory behind the in-process view cache', () => {
  const adapters = new MemoryAdapters();
  return Promise.resolve(
    cachedCoursesPorts({ ...adapters, uow: adapters.unitOfWork }, new InProcessCache(new SystemClock())),
  );
});
