import { pino, type Logger } from 'pino';

/**
 * JSON lines on stdout. Secrets are redacted by path as a second line of defence; the first is
 * that request bodies and authorization headers are never logged at all.
 */
export function createLogger(level: string): Logger {
  return pino({
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
      ],
      censor: '[redacted]',
    },
  });
}
