import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { servedDocument } from '../support/openapi-document.js';

const run = promisify(execFile);

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

describe('OpenAPI document under Redocly', () => {
  it('passes `redocly lint --extends=recommended` with no error and no warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'campus-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(await servedDocument()));
      const manifest = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
      const { bin } = JSON.parse(await readFile(manifest, 'utf8')) as { bin: Record<string, string> };
      const cli = join(dirname(manifest), bin.redocly!);
      // Offline here: no telemetry, no update check.
      const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
      const { stdout } = await run(
        process.execPath,
        [cli, 'lint', '--extends=recommended', '--format=json', file],
        { env, cwd: dir, maxBuffer: 16 * 1024 * 1024 },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout) as LintReport;
      const problems = report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
      expect(problems).to.deep.equal([]);
      expect(report.totals).to.include({ errors: 0, warnings: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
