import { token, type Token } from '../shared/token.js';

/**
 * Moderation rules from the server's configuration (REPORT_MIN_ACCOUNT_AGE, default 1 day; 0:
 * any account), injected into the use cases.
 */
export interface ModerationSettings {
  /** How old an account must be for its reports to count toward the report threshold. */
  reportMinAccountAgeMs: number;
}
export const MODERATION_SETTINGS: Token<ModerationSettings> = token('ModerationSettings');

export const DEFAULT_MODERATION_SETTINGS: Readonly<ModerationSettings> = Object.freeze({
  reportMinAccountAgeMs: 24 * 60 * 60 * 1000,
});

/**
 * Whether a report by an account that joined at `joinedAt` counts toward the threshold at `now`.
 * Throwaway accounts still report (admins see those reports), but cannot hide anything alone.
 */
export function accountOldEnough(joinedAt: Date, now: Date, settings: ModerationSettings): boolean {
  return now.getTime() - joinedAt.getTime() >= settings.reportMinAccountAgeMs;
}
