import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** What the database, Redis and password-hashing adapters load; the in-memory ones need none of it. */
export const DRIVER_PACKAGES: readonly string[] = [
  'sequelize',
  'umzug',
  'mysql2',
  'sqlite3',
  'redis',
  '@redis/client',
  'bcrypt',
];

export interface LoadCheckOptions {
  /** Where the code runs, and so where bare specifiers resolve from; by default this process's. */
  cwd?: string;
  /** Node's options for the child; by default this process's (a test runner's loader and conditions). */
  execArgv?: readonly string[];
}

/*
 * The child registers a resolve hook that logs every module URL resolved for `import` (ES
 * modules, and CommonJS packages imported from them), and at exit adds every file `require` loaded
 * (CommonJS requiring CommonJS, which no ES hook sees).
 */
const HOOKS = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}
`;
const REGISTER = `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
const log = process.env.CAMPUS_LOAD_LOG;
register('./hooks.mjs', import.meta.url, { data: { log } });
process.on('exit', () => appendFileSync(log, Object.keys(createRequire(import.meta.url).cache).join('\\n') + '\\n'));
`;

/**
 * The npm packages, by name and sorted, that a fresh Node process loads while it runs `code` (an
 * ES module body: top-level `await` works, e.g. `await import('@campus/adapters/memory')`). Runs in
 * a child process, so what this process has loaded already does not count. Rejects when the code
 * fails.
 */
export async function packagesLoadedBy(code: string, options: LoadCheckOptions = {}): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'campus-loads-'));
  try {
    const log = join(dir, 'loaded.log');
    await writeFile(log, '');
    await writeFile(join(dir, 'hooks.mjs'), HOOKS);
    await writeFile(join(dir, 'register.mjs'), REGISTER);
    const args = [
      ...(options.execArgv ?? process.execArgv),
      '--import',
      pathToFileURL(join(dir, 'register.mjs')).href,
      '--input-type=module',
      '--eval',
      code,
    ];
    await promisify(execFile)(process.execPath, args, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, CAMPUS_LOAD_LOG: log },
    });
    const names = new Set<string>();
    for (const line of (await readFile(log, 'utf8')).split('\n')) {
      const name = packageOf(line);
      if (name) names.add(name);
    }
    return [...names].sort();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `@scope/name` or `name` for a path or URL inside node_modules; null for anything else. */
function packageOf(location: string): string | null {
  const path = decodeURIComponent(location).replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
  if (!first) return null;
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}
