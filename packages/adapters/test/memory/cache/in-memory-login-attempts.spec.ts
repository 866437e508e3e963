import { InMemoryLoginAttemptStore } from '../../../src/memory/index.js';
import { loginAttemptStoreContract } from '../../../src/testing/index.js';

// The fallback when REDIS_URL is unset: one store is both "instances" (one process shares it).
loginAttemptStoreContract('in-process', () => {
  const store = new InMemoryLoginAttemptStore();
  return Promise.resolve({ stores: [store, store] });
});
