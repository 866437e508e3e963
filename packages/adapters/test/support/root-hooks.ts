import { deleteTestRedisKeys } from '../../src/testing/index.js';

/** Loaded by .mocharc: a run leaves no keys behind in the Redis of TEST_REDIS_URL. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    await deleteTestRedisKeys();
  },
};
