import type { UserId } from '../shared/ids.js';
import { token, type Token } from '../shared/token.js';
import type { PasswordResetToken } from './password-reset-token.entity.js';

/** Reset tokens, by the hash of the token; the token itself is never stored. */
export interface PasswordResetTokenRepository {
  add(token: PasswordResetToken): Promise<void>;
  /**
   * Marks the token with `tokenHash` used, if it is unused and unexpired at `now`, and answers
   * whose it is; else null. Atomic: two uses racing with one token get one user id between them.
   */
  useOnce(tokenHash: string, now: Date): Promise<UserId | null>;
}
export const PASSWORD_RESET_TOKEN_REPOSITORY: Token<PasswordResetTokenRepository> = token(
  'PasswordResetTokenRepository',
);

/** Whose account an e-mail address is, for the reset mail alone. */
export interface ResetAccountLookup {
  userIdByEmail(email: string): Promise<UserId | null>;
}
export const RESET_ACCOUNT_LOOKUP: Token<ResetAccountLookup> = token('ResetAccountLookup');

/** A new secret token and the hash stored in its place. */
export interface IssuedResetToken {
  token: string;
  hash: string;
}

/** Makes reset tokens from a source of randomness fit for secrets, and hashes them for look-ups. */
export interface ResetTokenGenerator {
  issue(): IssuedResetToken;
  hash(token: string): string;
}
export const RESET_TOKEN_GENERATOR: Token<ResetTokenGenerator> = token('ResetTokenGenerator');

export interface PasswordResetSettings {
  /** The address people reach the service at; the link is `${publicUrl}/reset-password?token=`. */
  publicUrl: string;
}
export const PASSWORD_RESET_SETTINGS: Token<PasswordResetSettings> = token('PasswordResetSettings');

/** Where a reset mail that could not be sent is reported: it is logged, never answered. */
export interface ResetMailFailures {
  report(error: unknown): void;
}
export const RESET_MAIL_FAILURES: Token<ResetMailFailures> = token('ResetMailFailures');
