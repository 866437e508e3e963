/// <reference types="mocha" />
import { expect } from 'chai';
import { at, codeOf, hashOf, withIdentityPorts, type IdentityPortsSetup } from './identity-fixtures.js';

/** Atomicity of a UnitOfWork, seen through the identity repositories of the same store. */
export function unitOfWorkContract(name: string, setup: IdentityPortsSetup): void {
  describe(`UnitOfWork contract (${name})`, () => {
    const world = withIdentityPorts(setup);
    const ports = () => world().ports;

    it('given a unit that succeeds, when run, then its writes stay and its result is returned', async () => {
      const school = await world().school();
      const result = await ports().uow.run(async () => {
        await world().user(school.id, '1');
        return 42;
      });
      expect(result).to.equal(42);
      expect(await ports().users.findByUsername('user_1')).not.to.equal(null);
    });

    it('given a unit that fails, when run, then every write of it is undone', async () => {
      const school = await world().school();
      const failed = ports().uow.run(async () => {
        await world().user(school.id, '1');
        await world().department(school.id, 'Physics');
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect(await ports().users.findByUsername('user_1')).to.equal(null);
      expect(await ports().departments.listBySchool(school.id)).to.deep.equal([]);
    });

    it('given a nested unit, when the outer one fails, then the inner writes are undone too', async () => {
      const school = await world().school();
      const failed = ports().uow.run(async () => {
        await ports().uow.run(() => world().user(school.id, '1'));
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect(await ports().users.findByUsername('user_1')).to.equal(null);
    });

    it('given a rotation inside a unit that fails, when run, then the token is unused again', async () => {
      const school = await world().school();
      const owner = await world().user(school.id, 'owner');
      const session = world().newSession(owner.id);
      await ports().sessions.create(session, world().token('a', session.id));
      const failed = ports().uow.run(async () => {
        await ports().sessions.rotate(hashOf('a'), world().token('b', session.id), at(1));
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect((await ports().sessions.findToken(hashOf('a')))?.usedAt).to.equal(null);
      expect(await ports().sessions.findToken(hashOf('b'))).to.equal(null);
    });

    it('given a unit that fails, when a write outside it lands meanwhile, then that write stays', async () => {
      const school = await world().school();
      let started!: () => void;
      let release!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const failing = ports().uow.run(async () => {
        await world().user(school.id, 'inside');
        started();
        await released;
        throw new Error('boom');
      });
      await running;
      // Not awaited before the release: a store may make it wait for the unit, as SQL locks do.
      const outside = world().user(school.id, 'outside');
      await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      expect(await codeOf(failing)).to.match(/boom/);
      await outside;
      expect(await ports().users.findByUsername('user_inside')).to.equal(null);
      expect(await ports().users.findByUsername('user_outside')).not.to.equal(null);
    });

    it('given units that end while another runs, and units after all have ended, when one fails, then only its writes are undone', async () => {
      const school = await world().school();
      // One after the other: the store carrying the unit's transaction is left and entered again.
      await ports().uow.run(() => world().user(school.id, 'first'));
      const second = ports().uow.run(async () => {
        await world().user(school.id, 'second');
        throw new Error('boom');
      });
      expect(await codeOf(second)).to.match(/boom/);
      // Overlapping, where the store runs units at once: the short one ends while the long one is mid-way.
      const short = ports().uow.run(() => world().user(school.id, 'short'));
      const long = ports().uow.run(async () => {
        await world().user(school.id, 'long_before');
        await short;
        await world().user(school.id, 'long_after');
        throw new Error('boom');
      });
      expect(await codeOf(long)).to.match(/boom/);
      const names = ['first', 'second', 'long_before', 'long_after', 'short'];
      const found = await Promise.all(names.map((n) => ports().users.findByUsername(`user_${n}`)));
      expect(names.filter((_, i) => found[i] !== null)).to.deep.equal(['first', 'short']);
    });

    it('given units and plain writes at once, when some units fail, then only their writes are undone', async () => {
      const school = await world().school();
      const work = Array.from({ length: 24 }, (_, i) => {
        const user = world().newUser(school.id, String(i));
        if (i % 3 === 1) return ports().users.add(user);
        return ports()
          .uow.run(async () => {
            await ports().users.add(user);
            if (i % 3 === 2) throw new Error('planned');
          })
          .catch((error: Error) => {
            if (error.message !== 'planned') throw error;
          });
      });
      await Promise.all(work);
      const expected = Array.from({ length: 24 }, (_, i) => i).filter((i) => i % 3 !== 2);
      const found = await Promise.all(
        Array.from({ length: 24 }, (_, i) => ports().users.findByUsername(`user_${i}`)),
      );
      expect(found.flatMap((user, i) => (user ? [i] : []))).to.deep.equal(expected);
    });
  });
}
