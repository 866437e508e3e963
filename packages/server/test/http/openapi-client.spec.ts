import { expect } from 'chai';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { servedDocument } from '../support/openapi-document.js';

const CLIENT = fileURLToPath(new URL('../openapi-client/campus-client.ts', import.meta.url));

describe('A client generated from the OpenAPI document', () => {
  it('gets types from openapi-typescript that a client (sign up, log in, post, comment, read) compiles against', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'campus-client-'));
    try {
      const types = astToString(await openapiTS(await servedDocument()));
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
});
