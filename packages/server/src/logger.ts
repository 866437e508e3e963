import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';

export type LogFormat = 'json' | 'pretty';

/**
 * JSON lines on stdout, or (`pretty`, for a person at a terminal) one readable line per record.
 * Secrets are redacted by path as a second line of defence; the first is that request bodies and
 * authorization headers are never logged at all.
 */
export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  const options = {
    level,
    base: { service: 'campus' },
    redact: {
      paths: [
        'password',
        '*.password',
        'accessToken',
        'refreshToken',
        '*.accessToken',
        '*.refreshToken',
        'authorization',
        // A password reset's token and new password.
        'token',
        '*.token',
        'newPassword',
        '*.newPassword',
      ],
      censor: '[redacted]',
    },
  };
  const pretty = format === 'pretty' ? prettyStream() : undefined;
  return pretty ? pino(options, pretty) : pino(options);
}

/** Whether log records are readable lines here: pretty asked for, and pino-pretty installed. */
export function writesPrettyLogs(format: LogFormat): boolean {
  return format === 'pretty' && prettyStream() !== undefined;
}

let pretty: DestinationStream | null | undefined;

/**
 * pino-pretty, in this process (no worker thread, so nothing is lost at exit), when installed: it
 * is a development dependency, absent from a production install, where the logs stay JSON.
 */
function prettyStream(): DestinationStream | undefined {
  if (pretty === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const build = require('pino-pretty') as (options: object) => DestinationStream;
      pretty = build({
        colorize: process.stdout.isTTY === true,
        ignore: 'pid,hostname,service',
        singleLine: true,
        sync: true,
      });
    } catch {
      pretty = null;
    }
  }
  return pretty ?? undefined;
}
