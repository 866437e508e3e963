import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** What the notification benchmarks share: server processes started as production runs them. */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const API = '/api/v1';

export interface Instance {
  child: ChildProcess;
  url: string;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `campus serve` on `databaseUrl` and Redis (`REDIS_URL`, else 127.0.0.1:6379) under a key prefix
 * of the run's own, in production mode, with the write limits and verification off and a known
 * admin; resolves once `/health` answers.
 */
export async function startInstance(databaseUrl: string, run: string, prefix: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=campus-source', 'src/cli.ts', 'serve'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: `${prefix}-${run}:`,
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
        BCRYPT_ROUNDS: '4',
        ADMIN_USERNAME: 'admin',
        ADMIN_PASSWORD: 'admin-password-1',
        POST_INTERVAL: '0s',
        COMMENT_INTERVAL: '0s',
        WRITE_BURST: '0',
        REQUIRE_VERIFICATION: 'off',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${url}/health`).catch(() => null))?.ok) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not start');
}

/** Stops the instances (SIGTERM) and waits for them to exit. */
export async function stopInstances(instances: Instance[]): Promise<void> {
  const exits = instances.map((i) => new Promise((resolve) => i.child.once('exit', resolve)));
  for (const instance of instances) instance.child.kill('SIGTERM');
  await Promise.all(exits);
}

export async function call(at: Instance, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${at.url}${API}${path}`, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  // Untyped JSON, as for any client.
  return (text ? JSON.parse(text) : null) as Record<string, string>;
}

/** Resident memory (bytes) and CPU time (ms) of a process, from /proc. */
export function usage(pid: number): { rss: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  return { rss, cpuMs: (ticks * 1000) / 100 };
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
