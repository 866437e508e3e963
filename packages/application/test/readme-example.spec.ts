import { DRIVER_PACKAGES, packagesLoadedBy } from './support/loaded-packages.js';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { embedExample } from './readme/embed.example.js';

describe('the README embedding example', () => {
  it('signs up, posts and comments through the use cases on in-memory adapters', async () => {
    const result = await embedExample();
    expect(result.nickname).to.equal('새내기');
    expect(result.school).to.equal('한국대학교');
    expect(result.accessToken.split('.')).to.have.length(3);
    expect(result.post).to.include({ title: '안녕하세요', content: '첫 글' });
    expect(result.comment).to.include({ postId: result.post.id, content: '반가워요' });
  });

  it('builds it in at most 20 lines', () => {
    const example = readFileSync(new URL('./readme/embed.example.ts', import.meta.url), 'utf8');
    expect(example.trim().split('\n')).to.have.length.at.most(20);
  });

  it('is quoted in the README word for word', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./readme/embed.example.ts', import.meta.url), 'utf8');
    expect(readme).to.contain(example.trim());
  });

  it('runs in a fresh process without loading a database driver or a Redis client', async () => {
    const example = new URL('./readme/embed.example.ts', import.meta.url).href;
    const loaded = await packagesLoadedBy(`await (await import('${example}')).embedExample();`);
    // Its password hasher is bcrypt's, as a real embedding's would be.
    expect(loaded.filter((name) => DRIVER_PACKAGES.includes(name) && name !== 'bcrypt')).to.deep.equal([]);
  });
});
