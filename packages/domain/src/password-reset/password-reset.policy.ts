import type { WriteCounter } from '../limits/write-limit.policy.js';

const MINUTE = 60_000;

/**
 * Reset mails: one a minute per address asked for, known or not (so the rate tells nothing), and
 * `writeBurst` a minute per client address (0 = no limit).
 */
export function passwordResetCounters(
  email: string,
  clientAddress: string | undefined,
  writeBurst: number,
): WriteCounter[] {
  const counters: WriteCounter[] = [{ key: `reset-mail:${email.toLowerCase()}`, windowMs: MINUTE, limit: 1 }];
  if (clientAddress !== undefined && writeBurst > 0)
    counters.push({ key: `reset-client:${clientAddress}`, windowMs: MINUTE, limit: writeBurst });
  return counters;
}
