import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let builtIsCurrent: boolean | undefined;

/**
 * Whether every package's build is newer than each of its source files (as right after `npm test`
 * built it). A process started from the build starts in a fraction of the time the sources take
 * through tsx, and a suite starts dozens; a source edited since the build is run as it is.
 */
function buildIsCurrent(): boolean {
  if (builtIsCurrent !== undefined) return builtIsCurrent;
  const packages = join(SERVER_ROOT, '..');
  builtIsCurrent = ['domain', 'application', 'adapters', 'server'].every((name) => {
    const info = join(packages, name, 'dist', '.tsbuildinfo');
    if (!existsSync(info)) return false;
    const builtAt = statSync(info).mtimeMs;
    const src = join(packages, name, 'src');
    return readdirSync(src, { recursive: true, encoding: 'utf8' }).every(
      (file) => statSync(join(src, file)).mtimeMs <= builtAt,
    );
  });
  return builtIsCurrent;
}

/** The arguments of `node` that run the campus CLI with `args`, from `SERVER_ROOT`. */
export function campusArgs(args: string[]): string[] {
  return buildIsCurrent()
    ? ['dist/cli.js', ...args]
    : ['--import', 'tsx', '--conditions=campus-source', 'src/cli.ts', ...args];
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface CampusProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** Starts `campus` in its own process, as production would, without waiting for it to listen. */
export async function spawnCampus(
  env: Record<string, string>,
  args: string[] = ['serve'],
): Promise<CampusProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  // Tests write in quick succession: no write limits unless a test asks for them.
  const unlimited = { POST_INTERVAL: '0s', COMMENT_INTERVAL: '0s', MESSAGE_INTERVAL: '0s', WRITE_BURST: '0' };
  const child = spawn(process.execPath, campusArgs(args), {
    cwd: SERVER_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...unlimited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exit };
}

/** Starts `campus` in its own process, as production would, and waits until /health answers. */
export async function spawnServer(
  env: Record<string, string>,
  args: string[] = ['serve'],
): Promise<RunningServer> {
  const { child, url, output, exit } = await spawnCampus(env, args);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    url,
    output,
    exit,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exit;
    },
  };
}
