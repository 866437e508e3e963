import { expect } from 'chai';
import { API } from '../support/api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('Idempotency-Key in the OpenAPI document', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('memory');
  });
  after(() => app.close());

  it('documents the header, the replay header and the codes on every creating operation, and on no other', async () => {
    const doc = (await app.http.get(`${API}/openapi.json`).expect(200)).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    let creating = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const header = (op.parameters ?? []).find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
        if (method !== 'post' || !op.responses['201']) {
          expect(header, `${method} ${path}`).to.equal(undefined);
          continue;
        }
        creating += 1;
        expect(header?.required ?? false, `${method} ${path}`).to.equal(false);
        expect(op.responses['201'].headers).to.have.property('Idempotent-Replayed');
        expect(op.responses['409']?.description).to.contain('IDEMPOTENCY_KEY_IN_USE');
        expect(op.responses['422']?.description).to.equal('IDEMPOTENCY_KEY_REUSED');
        expect(op.responses['400']?.description).to.contain('VALIDATION_FAILED');
      }
    }
    expect(creating).to.equal(19);
  });
});

interface Operation {
  parameters?: { in: string; name: string; required?: boolean }[];
  responses: Record<string, { description: string; headers?: Record<string, unknown> }>;
}
