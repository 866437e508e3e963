import type { UserId } from '../shared/ids.js';
import { token, type Token } from '../shared/token.js';
import type { VerificationCode, VerificationCodeState } from './verification-code.entity.js';

/** Verification codes, one per member at most. */
export interface VerificationCodeRepository {
  /** Stores `code` as the member's only one, voiding any earlier code. */
  replace(code: VerificationCode): Promise<void>;
  /**
   * Takes one try of the member's code if it can be tried at `now` and answers it as it was
   * before; else null. Atomic: racing confirmations each take a try of their own, and a try
   * taken stays taken (it is its own statement, outside any unit of work).
   */
  takeTry(userId: UserId, now: Date): Promise<VerificationCodeState | null>;
  /**
   * Deletes the member's code if it is still the one hashed `codeHash`; says whether it did.
   * Two confirmations racing with one good code: one of them uses it.
   */
  useUp(userId: UserId, codeHash: string): Promise<boolean>;
}
export const VERIFICATION_CODE_REPOSITORY: Token<VerificationCodeRepository> = token(
  'VerificationCodeRepository',
);

/** Whose account an e-mail address is, compared as stored (lower-case). */
export interface EmailOwnerLookup {
  ownerOf(email: string): Promise<UserId | null>;
}
export const EMAIL_OWNER_LOOKUP: Token<EmailOwnerLookup> = token('EmailOwnerLookup');

/** A new code, as mailed, and the keyed hash stored in its place. */
export interface IssuedVerificationCode {
  code: string;
  hash: string;
}

/** Makes 6-digit codes from a source fit for secrets, and hashes and compares them under a key. */
export interface VerificationCodeGenerator {
  issue(): IssuedVerificationCode;
  /** Whether `code` hashes to `hash`, compared in constant time. */
  matches(code: string, hash: string): boolean;
}
export const VERIFICATION_CODE_GENERATOR: Token<VerificationCodeGenerator> =
  token('VerificationCodeGenerator');

export interface VerificationSettings {
  /** `REQUIRE_VERIFICATION`: only verified members (and admins) may write. */
  required: boolean;
}
export const VERIFICATION_SETTINGS: Token<VerificationSettings> = token('VerificationSettings');

/** Where a verification mail that could not be sent is reported: it is logged, not answered. */
export interface VerificationMailFailures {
  report(error: unknown): void;
}
export const VERIFICATION_MAIL_FAILURES: Token<VerificationMailFailures> = token('VerificationMailFailures');
