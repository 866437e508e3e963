import { ValidationFailed } from '../shared/errors.js';

const USERNAME = /^[a-z0-9_]{4,20}$/;
// Deliberately simple: one "@", a dot in the domain, no spaces. Deliverability is not our call.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const Username = {
  parse(value: string): string {
    if (!Username.isWellFormed(value)) {
      throw new ValidationFailed('username', 'Use 4 to 20 lowercase letters, digits or underscores.');
    }
    return value;
  },
  /**
   * Whether `value` could be a username at all. A lookup by anything else names nobody, and is
   * not even asked of a database whose collation would pad or fold it into someone's name.
   */
  isWellFormed(value: string): boolean {
    return USERNAME.test(value);
  },
};

export const Email = {
  /** Emails compare case-insensitively, so they are stored lowercased. */
  parse(value: string): string {
    const email = value.trim().toLowerCase();
    if (email.length > 254 || !EMAIL.test(email))
      throw new ValidationFailed('email', 'Not an email address.');
    return email;
  },
};

export const Password = {
  /** 8–64 characters and at most 72 bytes of UTF-8: bcrypt ignores whatever comes after. */
  assertAcceptable(plain: string, path = 'password'): void {
    const length = [...plain].length;
    if (length < 8 || length > 64) throw new ValidationFailed(path, 'Use 8 to 64 characters.');
    if (new TextEncoder().encode(plain).length > 72) {
      throw new ValidationFailed(path, 'Use at most 72 bytes of UTF-8.');
    }
  },
};

export const Name = {
  /** School, department and board names: trimmed, 1 to `max` characters. */
  parse(value: string, path = 'name', max = 50): string {
    const name = value.trim();
    const length = [...name].length;
    if (length < 1 || length > max) throw new ValidationFailed(path, `Use 1 to ${max} characters.`);
    return name;
  },
};
