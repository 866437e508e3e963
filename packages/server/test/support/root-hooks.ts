import { deleteTestRedisKeys } from '@campus/adapters/testing';

/** Loaded by .mocharc: a run leaves no keys behind in the Redis of TEST_REDIS_URL. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    await deleteTestRedisKeys();
  },
};
