import { createUseCases } from '@campus/application';
import { memoryPorts } from '@campus/adapters/memory';
import type { Actor, PasswordHasher, Token } from '@campus/domain';
import { expect } from 'chai';
import supertest from 'supertest';
import { loadConfig } from '../../src/config/config.js';
import { DEMO } from '../../src/seed/demo-data.js';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoSeedPorts, seedDemo } from '../../src/seed/demo-seed.js';
import { buildServer, type CampusServer } from '../../src/server.js';
import { API } from '../support/api.js';

/** Seeding signs members up: a hash that costs nothing keeps this about the seed, not about scrypt. */
const plainHasher: PasswordHasher = {
  hash: (plain) => Promise.resolve(`plain:${plain}`),
  verify: (plain, hash) => Promise.resolve(hash === `plain:${plain}`),
};

describe('demo seed', function () {
  this.timeout(60_000);
  let server: CampusServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('given REQUIRE_VERIFICATION on, then it seeds verified members at the school domain, who may write', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'memory',
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256!',
      BCRYPT_ROUNDS: '4',
      LOG_LEVEL: 'silent',
      REQUIRE_VERIFICATION: 'on',
    });
    server = await buildServer(config, undefined, { demo: true });
    expect(server.startup.demo?.seeded).to.equal(true);
    const http = supertest(server.app.callback());
    const username = DEMO.members[0]![0];
    const login = await http
      .post(`${API}/auth/login`)
      .send({ username, password: DEMO_PASSWORD })
      .expect(200);
    expect(login.body.user).to.include({ verified: true, email: `${username}@${DEMO_EMAIL_DOMAIN}` });
    const auth = { Authorization: `Bearer ${login.body.accessToken as string}` };
    const boards = await http
      .get(`${API}/schools/${login.body.user.school.id as string}/boards`)
      .set(auth)
      .expect(200);
    await http
      .post(`${API}/boards/${boards.body[0].id as string}/posts`)
      .set(auth)
      .send({ title: '데모', content: '인증된 회원은 글을 쓸 수 있어요.' })
      .expect(201);
  });

  it('given a fresh store, then an admin finds the demo’s reported post open in the queue, hidden from nobody (its reporters are new)', async () => {
    const ports = memoryPorts({
      secret: 'a secret of at least 32 bytes!!!',
      hasher: plainHasher,
      writeLimits: { postIntervalMs: 0, commentIntervalMs: 0, messageIntervalMs: 0, writeBurst: 0 },
    });
    const seedPorts = demoSeedPorts();
    const campus = createUseCases(<T>(token: Token<T>) =>
      seedPorts.has(token) ? (seedPorts.get(token) as T) : ports.get(token),
    );
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
