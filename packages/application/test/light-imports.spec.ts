import { DRIVER_PACKAGES, packagesLoadedBy } from './support/loaded-packages.js';
import { expect } from 'chai';

const drivers = (loaded: readonly string[]) => loaded.filter((name) => DRIVER_PACKAGES.includes(name));

describe('what embedding the library loads', () => {
  for (const entry of [
    '@campus/domain',
    '@campus/application',
    '@campus/adapters/memory',
    '@campus/adapters/system',
  ]) {
    it(`given ${entry} imported in a fresh process, then no database driver, Redis client or bcrypt is loaded`, async () => {
      const loaded = await packagesLoadedBy(`await import('${entry}');`);
      expect(drivers(loaded)).to.deep.equal([]);
    });
  }

  it('given the in-memory adapters put to work with the use cases, then still none of them is loaded', async () => {
    const code = `
      const { MemoryAdapters } = await import('@campus/adapters/memory');
      const { SequentialIdGenerator } = await import('@campus/adapters/system');
      const { School, SchoolId } = await import('@campus/domain');
      const { ListSchools } = await import('@campus/application');
      const adapters = new MemoryAdapters();
      const id = SchoolId(new SequentialIdGenerator().next());
      await adapters.schools.save(School.create({ id, name: '한국대학교' }));
      const schools = await new ListSchools(adapters.schools).execute();
      if (schools.length !== 1) throw new Error('the school was not listed');
    `;
    expect(drivers(await packagesLoadedBy(code))).to.deep.equal([]);
  });

  it('given the SQL, Redis and security subpaths, then the check sees each driver they load', async () => {
    const code = ['sequelize', 'redis', 'security'].map((s) => `await import('@campus/adapters/${s}');`);
    const loaded = await packagesLoadedBy(code.join('\n'));
    expect(drivers(loaded)).to.include.members([
      'sequelize',
      'umzug',
      'mysql2',
      'sqlite3',
      'redis',
      'bcrypt',
    ]);
  });
});
