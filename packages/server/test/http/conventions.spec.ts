import { expect } from 'chai';
import { API, ApiClient, expectError, type Member } from '../support/api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('HTTP conventions', () => {
  let app: TestApp;
  let member: Member;

  before(async () => {
    app = await startTestApp('memory');
    const api = new ApiClient(app);
    member = await api.signUp(await api.school());
  });
  after(() => app.close());

  it('answers /health and /ready', async () => {
    expect((await app.http.get('/health').expect(200)).body).to.deep.equal({ status: 'ok' });
    const ready = await app.http.get('/ready').expect(200);
    expect(ready.body).to.deep.equal({ status: 'ready', database: 'up', redis: 'absent' });
  });

  it('echoes X-Request-Id, or makes one', async () => {
    const echoed = await app.http.get('/health').set('X-Request-Id', 'trace-123');
    expect(echoed.headers['x-request-id']).to.equal('trace-123');
    const made = await app.http.get('/health');
    expect(made.headers['x-request-id']).to.match(/^[0-9a-f-]{36}$/);
  });

  it('answers 404 NOT_FOUND for an unknown route and 405 for a wrong method', async () => {
    expectError(await app.http.get(`${API}/nothing-here`), 404, 'NOT_FOUND');
    expectError(await app.http.delete(`${API}/schools`), 405, 'METHOD_NOT_ALLOWED');
  });

  it('names the methods a path takes in Allow on a 405, as HTTP requires, for any method', async () => {
    const wrong = await app.http.delete(`${API}/schools`);
    expectError(wrong, 405, 'METHOD_NOT_ALLOWED');
    expect(wrong.headers.allow?.split(', ').sort()).to.deep.equal(['GET', 'HEAD', 'POST']);
    // A method the router has never heard of is a wrong method too, not the router's bare 501.
    const unknown = await fetch(`${app.url}${API}/schools`, { method: 'PROPFIND' });
    expect(unknown.status).to.equal(405);
    expect(unknown.headers.get('allow')?.split(', ').sort()).to.deep.equal(['GET', 'HEAD', 'POST']);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).to.equal('METHOD_NOT_ALLOWED');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await app.http.post(`${API}/auth/login`).set('Content-Type', 'text/plain').send('username=a');
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 400 MALFORMED_JSON for broken JSON', async () => {
    const res = await app.http
      .post(`${API}/auth/login`)
      .set('Content-Type', 'application/json')
      .send('{"username": ');
    expectError(res, 400, 'MALFORMED_JSON');
  });

  it('answers 400 VALIDATION_FAILED for a JSON array or a scalar body', async () => {
    for (const raw of ['[1,2]', '"text"', '42']) {
      const res = await app.http.post(`${API}/auth/login`).set('Content-Type', 'application/json').send(raw);
      expect(res.status, raw).to.be.oneOf([400]);
      expect(res.body.error.code).to.be.oneOf(['VALIDATION_FAILED', 'MALFORMED_JSON']);
    }
  });

  it('answers 400 VALIDATION_FAILED, not a 500, for a body nested as deep as 64 KiB allows', async () => {
    for (const depth of [5_000, 30_000]) {
      const raw = '['.repeat(depth) + ']'.repeat(depth);
      const res = await app.http.post(`${API}/auth/login`).set('Content-Type', 'application/json').send(raw);
      expectError(res, 400, 'VALIDATION_FAILED');
      const nested = `{"username":"someone","password":${'['.repeat(depth)}"a\\u0000"${']'.repeat(depth)}}`;
      const deep = await app.http
        .post(`${API}/auth/login`)
        .set('Content-Type', 'application/json')
        .send(nested);
      expectError(deep, 400, 'VALIDATION_FAILED');
      expect(deep.body.error.details[0].path).to.equal(`password${'.0'.repeat(depth)}`);
    }
  });

  it('answers 400 VALIDATION_FAILED for a __proto__ key: valid JSON, a field no body accepts', async () => {
    for (const raw of [
      '{"username":"someone","password":"secret-123","__proto__":{"role":"admin"}}',
      '{"username":"someone","password":"secret-123","x":{"constructor":{"prototype":{}}}}',
    ]) {
      const res = await app.http.post(`${API}/auth/login`).set('Content-Type', 'application/json').send(raw);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.error.details).to.have.length(1);
    }
  });

  it('answers 413 PAYLOAD_TOO_LARGE above 64 KiB and writes nothing', async () => {
    const res = await app.http
      .patch(`${API}/me`)
      .set(member.auth)
      .send({ nickname: 'x'.repeat(65 * 1024) });
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
    expect((await app.http.get(`${API}/me`).set(member.auth)).body.nickname).to.equal(member.nickname);
  });

  it('sets security headers and no CORS header for an unknown origin', async () => {
    const res = await app.http.get('/health').set('Origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).to.equal('nosniff');
    expect(res.headers['access-control-allow-origin']).to.equal(undefined);
  });
});

describe('CORS', () => {
  it('allows exactly the configured origins', async () => {
    const app = await startTestApp('memory', {
      CORS_ORIGINS: 'https://campus.example, https://admin.campus.example',
    });
    try {
      const ok = await app.http.get('/health').set('Origin', 'https://campus.example');
      expect(ok.headers['access-control-allow-origin']).to.equal('https://campus.example');
      const other = await app.http.get('/health').set('Origin', 'https://other.example');
      expect(other.headers['access-control-allow-origin']).to.equal(undefined);
    } finally {
      await app.close();
    }
  });
});

describe('NUL characters', () => {
  for (const url of ['sqlite::memory:', 'memory']) {
    it(`answer 404 in a path and 400 in a body, never 500 (${url})`, async () => {
      const app = await startTestApp(url);
      try {
        const api = new ApiClient(app);
        const member = await api.signUp(await api.school());
        expectError(await app.http.get(`${API}/posts/a%00b`).set(member.auth), 404, 'NOT_FOUND');
        expectError(await app.http.get(`${API}/users/a%00b`).set(member.auth), 404, 'NOT_FOUND');
        const res = await app.http.patch(`${API}/me`).set(member.auth).send({ nickname: 'ab\u0000cd' });
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(res.body.error.details[0].path).to.equal('nickname');
        expectError(
          await app.http.get(`${API}/posts/${'x'.repeat(200)}`).set(member.auth),
          404,
          'POST_NOT_FOUND',
        );
      } finally {
        await app.close();
      }
    });
  }
});
