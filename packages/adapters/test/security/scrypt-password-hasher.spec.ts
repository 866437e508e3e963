import { expect } from 'chai';
import { ScryptPasswordHasher } from '../../src/security/scrypt-password-hasher.js';

describe('ScryptPasswordHasher', () => {
  // A low cost keeps the suite quick; the default is OWASP's minimum (N=2^17).
  const hasher = new ScryptPasswordHasher({ N: 2 ** 10, r: 8, p: 1 });

  it('given a password, when hashed, then the hash names scrypt and its cost, and not the password', async () => {
    const hash = await hasher.hash('correct horse');
    expect(hash).to.match(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(hash).not.to.contain('correct horse');
  });

  it('given a hash, when verified, then only the same password matches', async () => {
    const hash = await hasher.hash('비밀번호 correct');
    expect(await hasher.verify('비밀번호 correct', hash)).to.equal(true);
    expect(await hasher.verify('비밀번호 wrong', hash)).to.equal(false);
  });

  it('given one password hashed twice, when compared, then the salts differ', async () => {
    expect(await hasher.hash('same')).not.to.equal(await hasher.hash('same'));
  });

  it('given a hash made at another cost, when verified, then it is checked at its own cost', async () => {
    const hash = await new ScryptPasswordHasher({ N: 2 ** 11, r: 8, p: 1 }).hash('correct horse');
    expect(await hasher.verify('correct horse', hash)).to.equal(true);
  });

  it('given something that is not a scrypt hash, when verified, then it does not match', async () => {
    expect(await hasher.verify('correct horse', '$2b$04$abcdefghijklmnopqrstuv')).to.equal(false);
    expect(await hasher.verify('correct horse', 'scrypt$1024$8$1$')).to.equal(false);
  });

  it('given the default cost, when a password is hashed and verified, then it matches', async () => {
    const strong = new ScryptPasswordHasher();
    expect(await strong.verify('correct horse', await strong.hash('correct horse'))).to.equal(true);
  });
});
