import { createUseCases } from '@campus/application';
import { memoryPorts } from '@campus/adapters/memory';
import type { Actor, PasswordHasher } from '@campus/domain';
import { expect } from 'chai';
import { DEMO } from '../../src/seed/demo-data.js';
import { seedDemo } from '../../src/seed/demo-seed.js';

/** Seeding signs members up: a hash that costs nothing keeps this about the seed, not about scrypt. */
const plainHasher: PasswordHasher = {
  hash: (plain) => Promise.resolve(`plain:${plain}`),
  verify: (plain, hash) => Promise.resolve(hash === `plain:${plain}`),
};

describe('demo seed', function () {
  this.timeout(30_000);

  it('given a fresh store, then an admin finds the demo’s reported post open in the queue, hidden from nobody (its reporters are new)', async () => {
    const ports = memoryPorts({
      secret: 'a secret of at least 32 bytes!!!',
      hasher: plainHasher,
      writeLimits: { postIntervalMs: 0, commentIntervalMs: 0, messageIntervalMs: 0, writeBurst: 0 },
    });
    const campus = createUseCases(ports.get);
    expect((await seedDemo(campus)).seeded).to.equal(true);
    const admin: Actor = { id: 'admin' as Actor['id'], role: 'admin', schoolId: null };
    const queue = await campus.moderation.listReports.execute({
      actor: admin,
      page: { limit: 20, after: null },
    });
    expect(queue.items.map((c) => [c.target.excerpt, c.reportCount, c.hidden])).to.deep.equal([
      [DEMO.reported.content, DEMO.reported.reasons.length, false],
    ]);
  });
});
