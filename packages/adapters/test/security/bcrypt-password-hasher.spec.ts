import { expect } from 'chai';
import { BcryptPasswordHasher } from '../../src/security/index.js';

describe('BcryptPasswordHasher', () => {
  const hasher = new BcryptPasswordHasher(4);

  it('given a password, when hashed, then the hash is bcrypt at the given cost and not the password', async () => {
    const hash = await hasher.hash('correct horse');
    expect(hash).to.match(/^\$2b\$04\$/);
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
});
