import { expect } from 'chai';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { API, ApiClient } from '../support/api.js';
import { servedDocument } from '../support/openapi-document.js';
import { startTestApp } from '../support/test-app.js';

const CLIENT_URL = new URL('../openapi-client/campus-client.ts', import.meta.url);
const CLIENT = fileURLToPath(CLIENT_URL);

/** What the client answers, as far as this spec reads it. */
interface Thread {
  me: { username: string; nickname: string };
  post: { title: string; author: unknown; comments: unknown[] };
  comments: {
    author: { displayName: string } | null;
    replies?: { author: { displayName: string } | null }[];
  }[];
  deviceToken: string;
}

describe('A client generated from the OpenAPI document', () => {
  it('gets types from openapi-typescript that a client (sign up, log in, post, comment, read) compiles against', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'campus-client-'));
    try {
      // Served JSON, handed on as it came.
      const document = (await servedDocument()) as unknown as OpenAPI3;
      const types = astToString(await openapiTS(document));
      await writeFile(join(dir, 'campus-api.d.ts'), types);
      await copyFile(CLIENT, join(dir, 'campus-client.ts'));
      expect(types).to.contain('"/api/v1/posts/{postId}/comments"');

      const openapiFetch = join(
        dirname(createRequire(import.meta.url).resolve('openapi-fetch')),
        'index.d.mts',
      );
      const program = ts.createProgram([join(dir, 'campus-client.ts')], {
        strict: true,
        noEmit: true,
        noUncheckedIndexedAccess: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: [],
        // The client lives in a temporary folder, outside any node_modules.
        paths: { 'openapi-fetch': [openapiFetch] },
      });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => {
        const at =
          d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
        const where = at ? `${d.file?.fileName}:${at.line + 1}: ` : '';
        return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
      });
      expect(errors).to.deep.equal([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs that client against the server: the thread reads back as the types say', async () => {
    const app = await startTestApp('memory');
    try {
      const api = new ApiClient(app);
      const school = await api.school('서강대학교');
      const admin = await api.admin();
      await app.http
        .post(`${API}/schools/${school.id}/boards`)
        .set(admin.auth)
        .send({ name: '자유게시판', description: '' })
        .expect(201);
      // Imported by a computed name, so that type-checking the tests does not pull in the client,
      // whose types exist only once generated.
      const client = (await import(CLIENT_URL.href)) as { writeAndReadThread(base: string): Promise<Thread> };
      const { me, post, comments, deviceToken } = await client.writeAndReadThread(app.url);
      expect(me).to.include({ username: 'minji_kim', nickname: '새내기민지' });
      expect(deviceToken).to.be.a('string').and.not.be.empty;
      expect(post).to.include({ title: '중앙도서관 콘센트 자리 있나요?', isQuestion: true, commentCount: 2 });
      expect(post.author).to.deep.include({ id: null, displayName: '익명' });
      expect(comments).to.have.length(1);
      expect(comments[0]!.author?.displayName).to.equal('익명(글쓴이)');
      expect(comments[0]!.replies?.map((r) => r.author?.displayName)).to.deep.equal(['새내기민지']);
      expect(post.comments).to.deep.equal(comments);
    } finally {
      await app.close();
    }
  });
});
