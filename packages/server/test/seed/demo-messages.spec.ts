import { provide } from '@campus/adapters/composition';
import { memoryPorts } from '@campus/adapters/memory';
import { BcryptPasswordHasher } from '@campus/adapters/security';
import { createUseCases } from '@campus/application';
import { USER_REPOSITORY, WriteLimitPolicy, type Actor } from '@campus/domain';
import { expect } from 'chai';
import { demoSeedPorts, seedDemo } from '../../src/seed/demo-seed.js';

describe('demo seed: messages', function () {
  this.timeout(60_000);

  it('given the demo, then its first member has a named, an anonymous-to-them and an anonymous-author conversation', async () => {
    const ports = memoryPorts({
      secret: 'a secret of at least 32 bytes!!!',
      hasher: new BcryptPasswordHasher(4),
      writeLimits: WriteLimitPolicy.none().settings,
    }).add([...demoSeedPorts()].map(([token, value]) => provide(token, value)));
    const campus = createUseCases(ports.get);
    const demo = await seedDemo(campus, new Date('2026-12-07T00:00:00.000Z'));
    const user = await ports.get(USER_REPOSITORY).findByUsername(demo.username);
    const actor: Actor = { id: user!.id, role: user!.role, schoolId: user!.schoolId };
    const { items } = await campus.messages.listConversations.execute({
      actor,
      page: { limit: 10, after: null },
    });
    expect(items).to.have.length(3);
    expect(items.filter((c) => c.peer.isAnonymous && c.peer.user === null)).to.have.length(2);
    expect(items.filter((c) => !c.peer.isAnonymous && c.peer.user !== null)).to.have.length(1);
    expect(items.some((c) => c.unreadCount > 0)).to.equal(true);
  });
});
