import { expect } from 'chai';
import { InMemoryWriteLimiter } from '../../../src/memory/index.js';
import { writeLimiterContract } from '../../../src/testing/index.js';

// The limiter when REDIS_URL is unset, and the Redis limiter's fallback: one limiter is both
// "instances" (one process shares it).
writeLimiterContract('in-process', () => {
  const limiter = new InMemoryWriteLimiter();
  return Promise.resolve({ limiters: [limiter, limiter] });
});

describe('InMemoryWriteLimiter', () => {
  it('given windows that have ended, when enough writes come, then their keys are swept', async () => {
    const limiter = new InMemoryWriteLimiter();
    for (let i = 0; i < 300; i++) await limiter.take(`post:user${i}`, new Date(i * 1_000), 1_000, 1);
    expect(limiter.size).to.be.below(100);
  });
});
