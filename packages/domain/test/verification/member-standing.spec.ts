import { expect } from 'chai';
import {
  EmailDomains,
  School,
  SchoolId,
  User,
  UserId,
  VERIFICATION_CODE_TRIES,
  VERIFICATION_CODE_TTL_MS,
  VerificationCode,
  assertMayWrite,
  restrictionTerms,
  type Role,
} from '../../src/index.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const DAY = 24 * 60 * 60_000;

const member = (role: Role = 'user') =>
  User.create(
    {
      id: UserId('u1'),
      username: 'kim_99',
      email: 'kim@example.com',
      nickname: '김철수',
      role,
      schoolId: SchoolId('s1'),
      departmentId: null,
      passwordHash: 'hash',
    },
    NOW,
  );

function codeOf(action: () => void): string {
  try {
    action();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'none';
}

describe('EmailDomains', () => {
  it('given domains, then they are lower-cased and each kept once; anything but a DNS name is VALIDATION_FAILED', () => {
    expect(EmailDomains.parse([' Sogang.AC.kr', 'sogang.ac.kr', 'cs.sogang.ac.kr'])).to.deep.equal([
      'sogang.ac.kr',
      'cs.sogang.ac.kr',
    ]);
    for (const bad of ['localhost', 'not a domain', '-x.ac.kr', 'x..kr', '@sogang.ac.kr', ''])
      expect(
        codeOf(() => EmailDomains.parse([bad])),
        bad,
      ).to.equal('VALIDATION_FAILED');
    expect(codeOf(() => EmailDomains.parse(Array.from({ length: 21 }, (_, n) => `s${n}.ac.kr`)))).to.equal(
      'VALIDATION_FAILED',
    );
  });

  it('allows a domain and its subdomains, and nothing that merely ends alike', () => {
    const domains = ['sogang.ac.kr'];
    expect(EmailDomains.allows(domains, 'kim@sogang.ac.kr')).to.equal(true);
    expect(EmailDomains.allows(domains, 'kim@cs.sogang.ac.kr')).to.equal(true);
    expect(EmailDomains.allows(domains, 'kim@notsogang.ac.kr')).to.equal(false);
    expect(EmailDomains.allows(domains, 'kim@sogang.ac.kr.evil.com')).to.equal(false);
    expect(EmailDomains.allows([], 'kim@sogang.ac.kr')).to.equal(false);
  });

  it('given a school, then its domains change with it and decide whose addresses it allows', () => {
    const school = School.create({ id: SchoolId('s1'), name: '서강대학교' });
    expect(school.emailDomains).to.deep.equal([]);
    school.changeEmailDomains(['SOGANG.ac.kr']);
    expect(school.allowsEmail('kim@sogang.ac.kr')).to.equal(true);
    expect(School.rehydrate(school.snapshot()).snapshot()).to.deep.equal(school.snapshot());
  });
});

describe('VerificationCode', () => {
  it('given a new code, then it has five tries and works until just before ten minutes have passed', () => {
    const code = VerificationCode.issue(UserId('u1'), 'kim@sogang.ac.kr', 'h', NOW).snapshot();
    expect(code.triesLeft).to.equal(VERIFICATION_CODE_TRIES);
    expect(VERIFICATION_CODE_TRIES).to.equal(5);
    expect(VerificationCode.canBeTried(code, later(VERIFICATION_CODE_TTL_MS - 1))).to.equal(true);
    expect(VerificationCode.canBeTried(code, later(VERIFICATION_CODE_TTL_MS))).to.equal(false);
    expect(VerificationCode.canBeTried({ ...code, triesLeft: 0 }, NOW)).to.equal(false);
  });
});

describe('Member standing', () => {
  it('given a new member, then they are unverified and unrestricted; a verified address becomes their e-mail', () => {
    const user = member();
    expect([user.verified, user.restrictedUntil]).to.deep.equal([false, null]);
    user.verifyEmail('Kim@Sogang.ac.kr', later(1));
    expect([user.verified, user.email, user.verifiedAt]).to.deep.equal([true, 'kim@sogang.ac.kr', later(1)]);
  });

  it('given a restriction in force, then writing is RESTRICTED with its end, until the end comes', () => {
    const user = member();
    user.restrict(later(DAY), '욕설');
    let details: unknown;
    try {
      assertMayWrite(user, later(DAY - 1), false);
    } catch (error) {
      details = [(error as { code: string }).code, (error as { details: unknown }).details];
    }
    expect(details).to.deep.equal(['RESTRICTED', [{ path: 'until', message: later(DAY).toISOString() }]]);
    expect(codeOf(() => assertMayWrite(user, later(DAY), false))).to.equal('none');
    user.liftRestriction();
    expect([user.restrictedUntil, user.restrictionReason]).to.deep.equal([null, null]);
  });

  it('given verification required, then only verified members and admins write; a restriction is told first', () => {
    const user = member();
    expect(codeOf(() => assertMayWrite(user, NOW, true))).to.equal('VERIFICATION_REQUIRED');
    expect(codeOf(() => assertMayWrite(user, NOW, false))).to.equal('none');
    user.restrict(later(DAY), '도배');
    expect(codeOf(() => assertMayWrite(user, NOW, true))).to.equal('RESTRICTED');
    user.verifyEmail('kim@sogang.ac.kr', NOW);
    user.liftRestriction();
    expect(codeOf(() => assertMayWrite(user, NOW, true))).to.equal('none');
    const admin = member('admin');
    admin.restrict(later(DAY), 'no effect');
    expect(codeOf(() => assertMayWrite(admin, NOW, true))).to.equal('none');
  });

  it('given restriction terms, then whole days 1 to 3650 and a reason of 1 to 500 characters, trimmed', () => {
    expect(restrictionTerms(7, '  욕설 ', NOW)).to.deep.equal({ until: later(7 * DAY), reason: '욕설' });
    expect(restrictionTerms(3650, 'r', NOW).until).to.deep.equal(later(3650 * DAY));
    for (const days of [0, 3651, 1.5, Number.NaN])
      expect(
        codeOf(() => restrictionTerms(days, 'r', NOW)),
        String(days),
      ).to.equal('VALIDATION_FAILED');
    expect(codeOf(() => restrictionTerms(1, '   ', NOW))).to.equal('VALIDATION_FAILED');
    expect(codeOf(() => restrictionTerms(1, '가'.repeat(501), NOW))).to.equal('VALIDATION_FAILED');
  });
});
