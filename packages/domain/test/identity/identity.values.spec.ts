import { expect } from 'chai';
import { Email, Name, Nickname, Password, Username, ValidationFailed } from '../../src/index.js';

function failure(fn: () => unknown): ValidationFailed {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationFailed);
    return error as ValidationFailed;
  }
  throw new Error('expected a ValidationFailed, nothing was thrown');
}

describe('identity values', () => {
  it('given usernames, when parsed, then only 4-20 of [a-z0-9_] pass', () => {
    expect(Username.parse('kim_99')).to.equal('kim_99');
    for (const bad of ['abc', 'a'.repeat(21), 'Kim_99', 'kim-99', 'kim 99', '김철수철']) {
      expect(failure(() => Username.parse(bad)).details).to.deep.equal([
        { path: 'username', message: 'Use 4 to 20 lowercase letters, digits or underscores.' },
      ]);
    }
  });

  it('given an email, when parsed, then it is trimmed and lowercased, and nonsense fails', () => {
    expect(Email.parse('  Kim@Example.COM ')).to.equal('kim@example.com');
    for (const bad of ['kim', 'kim@', '@example.com', 'kim@example', 'k im@example.com'])
      failure(() => Email.parse(bad));
  });

  it('given a nickname, when parsed, then 2-20 characters (not UTF-16 units) pass', () => {
    expect(Nickname.parse(' 새내기 ')).to.equal('새내기');
    expect(Nickname.parse('😀😀')).to.equal('😀😀');
    failure(() => Nickname.parse('x'));
    failure(() => Nickname.parse('가'.repeat(21)));
  });

  it('given a password, when checked, then 8-64 characters and at most 72 UTF-8 bytes pass', () => {
    Password.assertAcceptable('correct horse');
    Password.assertAcceptable('가'.repeat(24)); // 72 bytes
    failure(() => Password.assertAcceptable('short'));
    failure(() => Password.assertAcceptable('a'.repeat(65)));
    const tooManyBytes = failure(() => Password.assertAcceptable('가'.repeat(25), 'newPassword'));
    expect(tooManyBytes.details?.[0]?.path).to.equal('newPassword');
  });

  it('given a name, when parsed, then it is trimmed and must have 1 to max characters', () => {
    expect(Name.parse('  Physics ')).to.equal('Physics');
    failure(() => Name.parse('   '));
    failure(() => Name.parse('x'.repeat(51)));
  });
});
