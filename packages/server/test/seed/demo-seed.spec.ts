import { expect } from 'chai';
import supertest from 'supertest';
import { loadConfig } from '../../src/config/config.js';
import { DEMO } from '../../src/seed/demo-data.js';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../../src/seed/demo-seed.js';
import { buildServer, type CampusServer } from '../../src/server.js';
import { API } from '../support/api.js';

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
});
