/// <reference types="mocha" />
import {
  PasswordResetToken,
  RESET_TOKEN_TTL_MS,
  type PasswordResetTokenRepository,
  type ResetAccountLookup,
  type User,
} from '@campus/domain';
import { expect } from 'chai';
import { T0, at, withIdentityPorts, type IdentityPorts } from '../identity/identity-fixtures.js';

/** The identity ports of one store, with its reset-token repository and account look-up. */
export interface PasswordResetPorts extends IdentityPorts {
  resetTokens: PasswordResetTokenRepository;
  resetAccounts: ResetAccountLookup;
}
/** Called before every test; ports on an empty store, or null to skip (service missing). */
export type PasswordResetPortsSetup = () => Promise<PasswordResetPorts | null>;

const hash = (n: number) => n.toString(16).padStart(64, '0');

export function passwordResetContract(name: string, setup: PasswordResetPortsSetup): void {
  describe(`PasswordResetTokenRepository contract (${name})`, () => {
    let ports: PasswordResetPorts;
    const world = withIdentityPorts(async () => {
      const opened = await setup();
      if (opened) ports = opened;
      return opened;
    });
    let owner: User;

    beforeEach(async () => {
      owner = await world().user(null, 'owner');
    });

    it('finds an account by its exact e-mail address, and null for any other', async () => {
      expect(await ports.resetAccounts.userIdByEmail(owner.email)).to.equal(owner.id);
      expect(await ports.resetAccounts.userIdByEmail('nobody@example.com')).to.equal(null);
      expect(await ports.resetAccounts.userIdByEmail(` ${owner.email}`)).to.equal(null);
    });

    it('uses a stored token once: its user the first time, null after', async () => {
      await ports.resetTokens.add(PasswordResetToken.issue(owner.id, hash(1), T0));
      expect(await ports.resetTokens.useOnce(hash(1), at(1000))).to.equal(owner.id);
      expect(await ports.resetTokens.useOnce(hash(1), at(2000))).to.equal(null);
    });

    it('answers null for an unknown hash, and for a token at or past its expiry', async () => {
      await ports.resetTokens.add(PasswordResetToken.issue(owner.id, hash(2), T0));
      expect(await ports.resetTokens.useOnce(hash(3), at(0))).to.equal(null);
      expect(await ports.resetTokens.useOnce(hash(2), at(RESET_TOKEN_TTL_MS))).to.equal(null);
      await ports.resetTokens.add(PasswordResetToken.issue(owner.id, hash(4), T0));
      expect(await ports.resetTokens.useOnce(hash(4), at(RESET_TOKEN_TTL_MS - 1))).to.equal(owner.id);
    });

    it('refuses a second token with the same hash (the unique index)', async () => {
      await ports.resetTokens.add(PasswordResetToken.issue(owner.id, hash(5), T0));
      let failed = false;
      await ports.resetTokens.add(PasswordResetToken.issue(owner.id, hash(5), at(1))).catch(() => {
        failed = true;
      });
      expect(failed).to.equal(true);
    });

    it('given one token, when eight uses race, then exactly one gets the user', async () => {
      await ports.resetTokens.add(PasswordResetToken.issue(owner.id, hash(6), T0));
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => ports.uow.run(() => ports.resetTokens.useOnce(hash(6), at(10)))),
      );
      expect(answers.filter((answer) => answer === owner.id)).to.have.length(1);
      expect(answers.filter((answer) => answer === null)).to.have.length(7);
    });

    it('keeps the token good when the unit of work that used it fails', async () => {
      await ports.resetTokens.add(PasswordResetToken.issue(owner.id, hash(7), T0));
      const failing = ports.uow.run(async () => {
        await ports.resetTokens.useOnce(hash(7), at(10));
        throw new Error('later step failed');
      });
      let message = '';
      await failing.catch((error: unknown) => {
        message = (error as Error).message;
      });
      expect(message).to.equal('later step failed');
      expect(await ports.resetTokens.useOnce(hash(7), at(20))).to.equal(owner.id);
    });
  });
}
