import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const json = (path: string) =>
  JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as {
    scripts: Record<string, string>;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };

describe('the development loop', function () {
  this.timeout(120_000);
  const { scripts } = json('package.json');

  it('npm run dev restarts the server from the sources on every change (tsx watch)', () => {
    expect(scripts.dev).to.match(
      /^tsx watch .*--conditions=campus-source .*packages\/server\/src\/cli\.ts serve$/,
    );
  });

  it('npm run campus runs the CLI from the sources: no build before each command', () => {
    expect(scripts.campus).not.to.contain('build');
    expect(scripts.campus).to.contain('packages/server/src/cli.ts');
    const help = spawnSync('npm', ['run', '--silent', 'campus', '--', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(help.status, help.stderr).to.equal(0);
    expect(help.stdout).to.contain('Usage: campus <command>');
    expect(help.stdout).not.to.contain('tsc');
  });

  it('readable logs come from pino-pretty, a development dependency only', () => {
    const server = json('packages/server/package.json');
    expect(server.devDependencies).to.have.property('pino-pretty');
    expect(server.dependencies).not.to.have.property('pino-pretty');
    expect(server.dependencies).to.have.property('prom-client');
  });
});
