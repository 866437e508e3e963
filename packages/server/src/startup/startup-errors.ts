import { ConfigError } from '../config/config.js';

/** What the process was doing, for naming what failed: the database, the port it listens on. */
export interface StartupContext {
  databaseUrl: string;
  host?: string;
  port?: number;
  /** METRICS_PORT, when the metrics have a listener of their own. */
  metricsPort?: number | undefined;
}

/**
 * One paragraph for a person, saying what is wrong and what to do, for the failures a start (or a
 * CLI command) meets on a machine that is not set up yet; null for anything else, which is a bug
 * and keeps its stack.
 */
export function explainStartupError(error: unknown, context: StartupContext): string | null {
  if (error instanceof ConfigError) return error.message;
  const code = codeOf(error);
  const listen = error as { syscall?: string; port?: number; address?: string };
  if (listen.syscall === 'listen' || code === 'EADDRINUSE') {
    const where = `${listen.address ?? context.host ?? ''}:${listen.port ?? context.port ?? ''}`;
    const port = listen.port ?? context.port;
    // The metrics' own listener, when it is the one that failed, is set by another variable.
    const variable =
      port !== undefined && port === context.metricsPort && port !== context.port ? 'METRICS_PORT' : 'PORT';
    if (code === 'EADDRINUSE')
      return `Port ${port} is already in use (${where}): another campus, or another program, is listening there. Stop it, or start on another port, e.g. ${variable}=${(port ?? 3000) + 1} npm start.`;
    if (code === 'EACCES')
      return `Not allowed to listen on ${where}: ports below 1024 need privileges. Use a higher port, e.g. PORT=3000.`;
    if (code === 'EADDRNOTAVAIL')
      return `HOST=${context.host ?? ''} is not an address of this machine, so campus cannot listen there. Use HOST=0.0.0.0 (every interface) or 127.0.0.1 (this machine only).`;
  }
  const url = context.databaseUrl;
  if (url.startsWith('mysql:')) return explainMysql(error, code, new URL(url));
  const sqliteFile = ['ENOTDIR', 'EACCES', 'EROFS', 'ENOENT', 'EPERM', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'];
  if (url.startsWith('sqlite:') && code !== undefined && sqliteFile.includes(code)) {
    return `Cannot open the SQLite database ${url.slice('sqlite:'.length)} (${code}): its folder must exist, or be creatable, and be writable by this user. Fix the permissions or point DATABASE_URL at another path, e.g. DATABASE_URL=sqlite:./data/campus.sqlite.`;
  }
  return null;
}

/** As the tables are made: strings compared byte for byte, as the API requires. */
const COLLATION = 'utf8mb4_bin';

function explainMysql(error: unknown, code: string | undefined, url: URL): string | null {
  const server = `${url.hostname}:${url.port || 3306}`;
  const database = decoded(url.pathname.slice(1));
  const user = decoded(url.username) || 'root';
  // Backticks inside the shell's double quotes need escaping; a plain name needs none.
  const quoted = /^\w+$/.test(database) ? database : `\\\`${database}\\\``;
  switch (code) {
    case 'ER_BAD_DB_ERROR':
      return (
        `The MySQL server at ${server} answers, but has no database named ${database}. Create it ` +
        `(as a user allowed to), then start again: mysql -h ${url.hostname} -P ${url.port || 3306} -u ${user} -p ` +
        `-e "CREATE DATABASE ${quoted} CHARACTER SET utf8mb4 COLLATE ${COLLATION}". ` +
        'campus creates and upgrades its tables itself.'
      );
    case 'ER_ACCESS_DENIED_ERROR':
    case 'ER_DBACCESS_DENIED_ERROR':
      return `The MySQL server at ${server} refused user ${user} (${code}): check the user name and password in DATABASE_URL (special characters percent-encoded), and that this user may use the database ${database}.`;
    case 'ECONNREFUSED':
      return `Cannot reach MySQL at ${server}: connection refused. Is the server running and listening on that port? Check the host and port in DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach MySQL at ${server}: the host name ${url.hostname} does not resolve. Check the host in DATABASE_URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `Cannot reach MySQL at ${server}: no answer (${code}). Check the host and port in DATABASE_URL, and that no firewall is in the way.`;
    default: {
      const name = (error as { name?: string }).name ?? '';
      if (/Connection|HostNotFound|AccessDenied|Timeout/.test(name))
        return `Cannot use MySQL at ${server} (${name.replace(/^Sequelize/, '')}${code ? `, ${code}` : ''}): check that it runs and that DATABASE_URL names the right host, port, user, password and database.`;
      return null;
    }
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The first error code along the chain of causes (Sequelize keeps the driver's under parent). */
function codeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string') return code;
    const next = current as { parent?: unknown; original?: unknown; cause?: unknown };
    current = next.parent ?? next.original ?? next.cause;
  }
  return undefined;
}
