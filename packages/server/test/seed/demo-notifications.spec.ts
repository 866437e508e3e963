import { provide } from '@campus/adapters/composition';
import { memoryPorts } from '@campus/adapters/memory';
import { BcryptPasswordHasher } from '@campus/adapters/security';
import { createUseCases } from '@campus/application';
import { USER_REPOSITORY, WriteLimitPolicy } from '@campus/domain';
import { expect } from 'chai';
import { demoSeedPorts, seedDemo } from '../../src/seed/demo-seed.js';

describe('demo seed: notifications', function () {
  this.timeout(60_000);

  it('given the demo community, then the member to log in as has unread notifications of comments and a friend request', async () => {
    const ports = memoryPorts({
      secret: 'a secret of at least 32 bytes!!!',
      writeLimits: WriteLimitPolicy.none().settings,
      // The lowest cost: this spec is about what the demo leaves unread, not about hashing.
      hasher: new BcryptPasswordHasher(4),
    }).add([...demoSeedPorts()].map(([token, value]) => provide(token, value)));
    const campus = createUseCases(ports.get);
    const demo = await seedDemo(campus);
    const user = await ports.get(USER_REPOSITORY).findByUsername(demo.username);
    const actor = { id: user!.id, role: user!.role, schoolId: user!.schoolId };
    const page = await campus.notifications.listNotifications.execute({
      actor,
      page: { limit: 50, after: null },
      unreadOnly: true,
    });
    expect(page.unreadCount).to.be.greaterThan(0);
    expect(new Set(page.items.map((n) => n.type))).to.include.members(['comment', 'friend_request']);
    for (const n of page.items) expect(n.isRead).to.equal(false);
  });
});
