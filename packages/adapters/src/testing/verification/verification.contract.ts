/// <reference types="mocha" />
import {
  School,
  SchoolId,
  VERIFICATION_CODE_TRIES,
  VERIFICATION_CODE_TTL_MS,
  VerificationCode,
  type EmailOwnerLookup,
  type User,
  type VerificationCodeRepository,
} from '@campus/domain';
import { expect } from 'chai';
import { T0, at, codeOf, withIdentityPorts, type IdentityPorts } from '../identity/identity-fixtures.js';

/** The identity ports of one store, with its verification codes and e-mail owner look-up. */
export interface VerificationPorts extends IdentityPorts {
  codes: VerificationCodeRepository;
  owners: EmailOwnerLookup;
}
/** Called before every test; ports on an empty store, or null to skip (service missing). */
export type VerificationPortsSetup = () => Promise<VerificationPorts | null>;

const hash = (n: number) => n.toString(16).padStart(64, '0');

export function verificationContract(name: string, setup: VerificationPortsSetup): void {
  describe(`Verification storage contract (${name})`, () => {
    let ports: VerificationPorts;
    const world = withIdentityPorts(async () => {
      const opened = await setup();
      if (opened) ports = opened;
      return opened;
    });
    let member: User;
    const code = (n: number, now = T0) =>
      VerificationCode.issue(member.id, 'minji@sogang.ac.kr', hash(n), now);

    beforeEach(async () => {
      member = await world().user(null, 'member');
    });

    it('finds the owner of an exact e-mail address, and null for any other', async () => {
      expect(await ports.owners.ownerOf(member.email)).to.equal(member.id);
      expect(await ports.owners.ownerOf('nobody@example.com')).to.equal(null);
      expect(await ports.owners.ownerOf(` ${member.email}`)).to.equal(null);
    });

    it('given a stored code, when a try is taken, then it answers the code as it was, tries included', async () => {
      await ports.codes.replace(code(1));
      const tried = await ports.codes.takeTry(member.id, at(1000));
      expect(tried).to.deep.equal({ ...code(1).snapshot(), triesLeft: VERIFICATION_CODE_TRIES });
      expect((await ports.codes.takeTry(member.id, at(2000)))?.triesLeft).to.equal(
        VERIFICATION_CODE_TRIES - 1,
      );
    });

    it('gives five tries of a code and no sixth', async () => {
      await ports.codes.replace(code(2));
      for (let n = 0; n < VERIFICATION_CODE_TRIES; n++)
        expect(await ports.codes.takeTry(member.id, at(n))).to.not.equal(null);
      expect(await ports.codes.takeTry(member.id, at(10))).to.equal(null);
    });

    it('gives no try at or past the expiry, and one just before it', async () => {
      await ports.codes.replace(code(3));
      expect(await ports.codes.takeTry(member.id, at(VERIFICATION_CODE_TTL_MS))).to.equal(null);
      expect(await ports.codes.takeTry(member.id, at(VERIFICATION_CODE_TTL_MS - 1))).to.not.equal(null);
    });

    it('given a second code, then the first is void: its hash is gone and the tries are full again', async () => {
      await ports.codes.replace(code(4));
      await ports.codes.takeTry(member.id, at(1));
      await ports.codes.replace(code(5, at(2)));
      expect(await ports.codes.useUp(member.id, hash(4))).to.equal(false);
      const tried = await ports.codes.takeTry(member.id, at(3));
      expect(tried?.codeHash).to.equal(hash(5));
      expect(tried?.triesLeft).to.equal(VERIFICATION_CODE_TRIES);
    });

    it('uses a code up once, and only by its own hash', async () => {
      await ports.codes.replace(code(6));
      expect(await ports.codes.useUp(member.id, hash(7))).to.equal(false);
      expect(await ports.codes.useUp(member.id, hash(6))).to.equal(true);
      expect(await ports.codes.useUp(member.id, hash(6))).to.equal(false);
      expect(await ports.codes.takeTry(member.id, at(1))).to.equal(null);
    });

    it('given five tries left, when eight tries race, then exactly five are taken', async () => {
      await ports.codes.replace(code(8));
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => ports.codes.takeTry(member.id, at(5))),
      );
      expect(answers.filter((answer) => answer !== null)).to.have.length(VERIFICATION_CODE_TRIES);
    });

    it('given one code, when eight units of work race to use it up, then exactly one does', async () => {
      await ports.codes.replace(code(9));
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => ports.uow.run(() => ports.codes.useUp(member.id, hash(9)))),
      );
      expect(answers.filter(Boolean)).to.have.length(1);
    });

    it('keeps the code when the unit of work that used it up fails', async () => {
      await ports.codes.replace(code(10));
      const failing = ports.uow.run(async () => {
        await ports.codes.useUp(member.id, hash(10));
        throw new Error('later step failed');
      });
      expect(await codeOf(failing)).to.equal('Error: later step failed');
      expect(await ports.codes.useUp(member.id, hash(10))).to.equal(true);
    });

    it('keeps a member standing: verification, a restriction and its lifting', async () => {
      member.verifyEmail('Minji@Sogang.ac.kr', at(1));
      member.restrict(at(86_400_000), '욕설');
      await ports.users.save(member);
      const stored = await ports.users.findById(member.id);
      expect(stored?.email).to.equal('minji@sogang.ac.kr');
      expect(stored?.verifiedAt?.toISOString()).to.equal(at(1).toISOString());
      expect(stored?.restrictedUntil?.toISOString()).to.equal(at(86_400_000).toISOString());
      expect(stored?.restrictionReason).to.equal('욕설');
      stored!.liftRestriction();
      await ports.users.save(stored!);
      const lifted = await ports.users.findById(member.id);
      expect([lifted?.restrictedUntil, lifted?.restrictionReason]).to.deep.equal([null, null]);
      expect(lifted?.verified).to.equal(true);
    });

    it('given two members verifying one address at once, then one has it and the other gets EMAIL_TAKEN', async () => {
      const other = await world().user(null, 'other');
      member.verifyEmail('race@sogang.ac.kr', at(1));
      other.verifyEmail('race@sogang.ac.kr', at(1));
      const outcomes = await Promise.allSettled([
        ports.uow.run(() => ports.users.save(member)),
        ports.uow.run(() => ports.users.save(other)),
      ]);
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(refused).to.have.length(1);
      expect((refused[0] as PromiseRejectedResult).reason).to.have.property('code', 'EMAIL_TAKEN');
      expect(await ports.owners.ownerOf('race@sogang.ac.kr')).to.be.oneOf([member.id, other.id]);
    });

    it("keeps a school's e-mail domains, and none for a school made without them", async () => {
      const school = School.create({
        id: SchoolId(world().id()),
        name: '서강대학교',
        emailDomains: ['Sogang.ac.kr', 'alumni.sogang.ac.kr'],
      });
      await ports.schools.save(school);
      expect((await ports.schools.findById(school.id))?.emailDomains).to.deep.equal([
        'sogang.ac.kr',
        'alumni.sogang.ac.kr',
      ]);
      school.changeEmailDomains([]);
      await ports.schools.save(school);
      expect((await ports.schools.findById(school.id))?.emailDomains).to.deep.equal([]);
      const plain = await world().school('연세대학교');
      expect((await ports.schools.list()).find((s) => s.id === plain.id)?.emailDomains).to.deep.equal([]);
    });
  });
}
