import { FixedClock, InMemoryLoginAttemptStore, InProcessCache } from '../../src/index.js';
import { cacheContract, loginAttemptStoreContract } from '../../src/testing/index.js';

cacheContract('in-process', () => {
  const clock = new FixedClock();
  return Promise.resolve({
    cache: new InProcessCache(clock),
    advance: (ms: number) => {
      clock.advance(ms);
      return Promise.resolve();
    },
  });
});

loginAttemptStoreContract('in-process', () => {
  const store = new InMemoryLoginAttemptStore();
  return Promise.resolve({ stores: [store, store] as [typeof store, typeof store] });
});
