import { expect } from 'chai';
import { PasswordResetToken, RESET_TOKEN_TTL_MS, UserId, passwordResetCounters } from '../../src/index.js';

describe('PasswordResetToken', () => {
  const now = new Date('2026-03-02T10:00:00.000Z');
  const userId = UserId('u1');

  it('is good for 30 minutes from its issue, and not at the instant it expires', () => {
    const token = PasswordResetToken.issue(userId, 'hash', now);
    expect(token.snapshot().expiresAt.getTime() - now.getTime()).to.equal(RESET_TOKEN_TTL_MS);
    expect(RESET_TOKEN_TTL_MS).to.equal(30 * 60_000);
    expect(token.isUsableAt(new Date(now.getTime() + RESET_TOKEN_TTL_MS - 1))).to.equal(true);
    expect(token.isUsableAt(new Date(now.getTime() + RESET_TOKEN_TTL_MS))).to.equal(false);
  });

  it('is good once: a used token is not usable, however early', () => {
    const used = PasswordResetToken.rehydrate({
      ...PasswordResetToken.issue(userId, 'hash', now).snapshot(),
      usedAt: now,
    });
    expect(used.isUsableAt(now)).to.equal(false);
  });
});

describe('passwordResetCounters', () => {
  it('counts one mail a minute per address, whatever its case, and the burst per client', () => {
    expect(passwordResetCounters('Kim@Example.com', '10.0.0.1', 30)).to.deep.equal([
      { key: 'reset-mail:kim@example.com', windowMs: 60_000, limit: 1 },
      { key: 'reset-client:10.0.0.1', windowMs: 60_000, limit: 30 },
    ]);
  });

  it('has no per-client limit when the burst is 0 or the client is unknown', () => {
    expect(passwordResetCounters('a@b.c', '10.0.0.1', 0)).to.have.length(1);
    expect(passwordResetCounters('a@b.c', undefined, 30)).to.have.length(1);
  });
});
