import { expect } from 'chai';
import { ERROR_STATUS } from '../../src/openapi/error-codes.js';
import { API } from '../support/api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('OpenAPI document and /docs', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('memory');
  });
  after(() => app.close());

  it('serves an OpenAPI 3.1 document listing every route with its error codes', async () => {
    const res = await app.http.get(`${API}/openapi.json`).expect(200);
    expect(res.body.openapi).to.equal('3.1.0');
    const signup = res.body.paths['/api/v1/auth/signup'].post;
    expect(signup.responses['201']).to.have.property('content');
    expect(signup.responses['409'].description).to.contain('USERNAME_TAKEN');
    expect(signup.requestBody.content['application/json'].schema.additionalProperties).to.equal(false);
    expect(res.body.paths).to.have.property('/api/v1/schools/{schoolId}/departments');
    expect(res.body.paths['/api/v1/me'].get.security).to.deep.equal([{ bearer: [] }]);
  });

  it('documents only error codes it knows the status of', async () => {
    const res = await app.http.get(`${API}/openapi.json`).expect(200);
    const described = Object.values(
      res.body.paths as Record<
        string,
        Record<string, { responses: Record<string, { description: string }> }>
      >,
    )
      .flatMap((methods) => Object.values(methods))
      .flatMap((op) => Object.entries(op.responses).filter(([status]) => Number(status) >= 400))
      .flatMap(([status, r]) => r.description.split(', ').map((code) => [code, Number(status)] as const));
    for (const [code, status] of described) expect(ERROR_STATUS[code], code).to.equal(status);
  });

  it('serves the /docs page and its assets from the server itself', async () => {
    const page = await app.http.get('/docs').expect(200);
    expect(page.headers['content-type']).to.match(/text\/html/);
    expect(page.text).to.contain('/docs/swagger-ui-bundle.js');
    expect(page.text).not.to.match(/https?:\/\//);
    await app.http
      .get('/docs/swagger-ui-bundle.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
    await app.http.get('/docs/swagger-ui.css').expect(200).expect('Content-Type', /css/);
    await app.http.get('/docs/nothing.js').expect(404);
  });
});
