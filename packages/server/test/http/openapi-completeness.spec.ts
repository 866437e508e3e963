import { expect } from 'chai';
import { API } from '../support/api.js';
import { operationsOf, type Example, type OpenApiDocument } from '../support/openapi-document.js';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app.js';

/** The resources a client works with, each a named schema it can import. */
const RESOURCES = [
  'Error',
  'User',
  'UserProfile',
  'Me',
  'Session',
  'LogInResponse',
  'TokenPair',
  'School',
  'Department',
  'Board',
  'Author',
  'PostSummary',
  'PostSummaryPage',
  'Post',
  'Comment',
  'Reply',
  'LikeCount',
  'ScrapCount',
  'Reported',
  'FriendRequest',
  'FriendRequests',
  'Friendship',
  'Course',
  'CourseMeeting',
  'CoursePage',
  'Review',
  'ReviewPage',
  'Timetable',
  'TimetableVisibility',
  'Semester',
];

describe('OpenAPI document completeness', () => {
  let app: TestApp;
  let document: OpenApiDocument;
  before(async () => {
    app = await startTestApp('memory');
    document = (await app.http.get(`${API}/openapi.json`).expect(200)).body as OpenApiDocument;
  });
  after(() => app.close());

  it('names a schema for every resource', () => {
    expect(Object.keys(document.components.schemas)).to.include.members(RESOURCES);
  });

  it('gives every operation a summary and a description', () => {
    for (const { method, path, op } of operationsOf(document)) {
      expect(op.summary?.trim(), `${method} ${path}`).to.not.be.oneOf([undefined, '']);
      expect(op.description?.trim(), `${method} ${path}`).to.not.be.oneOf([undefined, '']);
      expect(op.description, `${method} ${path}`).to.not.equal(op.summary);
    }
  });

  it('gives every request body an example', () => {
    for (const { method, path, op } of operationsOf(document)) {
      if (!op.requestBody) continue;
      expect(op.requestBody.content['application/json']?.example, `${method} ${path}`).to.be.an('object');
    }
  });

  it('answers every success with a named schema and an example', () => {
    for (const { method, path, op } of operationsOf(document)) {
      const successes = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      expect(successes, `${method} ${path}`).to.not.be.empty;
      for (const [status, response] of successes) {
        // A stream of events answers in its own media type, described the same way.
        const json = response.content?.['application/json'] ?? response.content?.['text/event-stream'];
        if (status === '204') {
          expect(json, `${method} ${path} ${status}`).to.equal(undefined);
          continue;
        }
        expect(json?.example, `${method} ${path} ${status}`).to.not.equal(undefined);
        const schema = json?.schema as { $ref?: string; items?: { $ref?: string } };
        expect(schema.$ref ?? schema.items?.$ref, `${method} ${path} ${status}`).to.match(
          /^#\/components\/schemas\//,
        );
      }
    }
  });

  it('has request examples the server itself accepts as valid', async () => {
    const login = await app.http.post(`${API}/auth/login`).send(ADMIN).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken as string}` };
    // Last, the two that could end the admin's session or lock it out.
    const last = (path: string) => (/\/auth\/logout|\/me\/password/.test(path) ? 1 : 0);
    const withBodies = operationsOf(document)
      .filter(({ op }) => op.requestBody)
      .sort((a, b) => last(a.path) - last(b.path));
    expect(withBodies).to.not.be.empty;
    for (const { method, path, op } of withBodies) {
      let url = API + path;
      for (const p of op.parameters ?? []) {
        if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
      }
      expect(url, `${method} ${path}: a path parameter without an example`).to.not.contain('{');
      const example = op.requestBody!.content['application/json']!.example;
      const res = await app.http[method as 'post' | 'patch'](url)
        .set(auth)
        .send(example as object);
      // Ids of the examples name nothing here, so a 404 or a 401 is fine: a 400 is not, except
      // for what depends on state rather than on the body (the body was valid): the INVALID_TOKEN
      // of a reset token and the INVALID_CODE of a verification code, which no example can hold
      // live, and the EMAIL_DOMAIN_NOT_ALLOWED of an admin, who has no school to verify at.
      const stateful = ['INVALID_TOKEN', 'INVALID_CODE', 'EMAIL_DOMAIN_NOT_ALLOWED'];
      const deadToken = res.status === 400 && stateful.includes(res.body?.error?.code as string);
      if (!deadToken) expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).to.not.equal(400);
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).to.be.below(500);
    }
  });

  it('gives every documented error code of every operation an example answer with that code', () => {
    let examples = 0;
    for (const { method, path, op } of operationsOf(document)) {
      const failures = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      expect(
        failures.some(([status]) => status.startsWith('4')),
        `${method} ${path}`,
      ).to.equal(true);
      for (const [status, response] of failures) {
        const codes = response.description.split(', ');
        const given = response.content?.['application/json']?.examples ?? {};
        expect(Object.keys(given), `${method} ${path} ${status}`).to.have.members(codes);
        for (const code of codes) {
          const value = resolve(document, given[code]!).value as { error: { code: string; message: string } };
          expect(value.error.code, `${method} ${path} ${status}`).to.equal(code);
          expect(value.error.message, `${code}: add its example to ERROR_EXAMPLES`).to.be.a('string').and.not
            .be.empty;
          examples += 1;
        }
      }
    }
    expect(examples).to.be.greaterThan(0);
  });
});

function resolve(document: OpenApiDocument, example: Example): Example {
  if (!example.$ref) return example;
  const name = example.$ref.replace('#/components/examples/', '');
  const found = document.components.examples?.[name];
  expect(found, example.$ref).to.not.equal(undefined);
  return found!;
}
