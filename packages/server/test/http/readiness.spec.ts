import { expect } from 'chai';
import { DatabaseProbe, RedisProbe } from '../../src/http/readiness.js';

describe('readiness probes', () => {
  describe('DatabaseProbe', () => {
    it('given a ping that never answers, then each check says down after its bound, and only one ping is ever out', async () => {
      let pings = 0;
      const probe = new DatabaseProbe(() => {
        pings += 1;
        return new Promise<boolean>(() => undefined);
      }, 50);
      const started = Date.now();
      expect(await Promise.all([probe.check(), probe.check(), probe.check()])).to.deep.equal([
        'down',
        'down',
        'down',
      ]);
      expect(await probe.check()).to.equal('down');
      expect(Date.now() - started).to.be.below(1_000);
      expect(pings).to.equal(1);
    });

    it('given a ping that fails or answers false, then it is down; once it answers, up, with a new ping', async () => {
      const answers: (() => Promise<boolean>)[] = [
        () => Promise.reject(new Error('ECONNREFUSED')),
        () => Promise.resolve(false),
        () => Promise.resolve(true),
      ];
      const probe = new DatabaseProbe(() => answers.shift()!(), 1_000);
      expect(await probe.check()).to.equal('down');
      expect(await probe.check()).to.equal('down');
      expect(await probe.check()).to.equal('up');
    });
  });

  describe('RedisProbe', () => {
    it('given a disconnected client, then it is down at once', async () => {
      const probe = new RedisProbe(
        () => Promise.resolve(true),
        () => false,
        3_000,
      );
      expect(await probe.check()).to.equal('down');
    });

    it('given failed pings on an open connection, then it stays up for the grace period, then goes down', async () => {
      let now = 0;
      let answers = true;
      const probe = new RedisProbe(
        () => Promise.resolve(answers),
        () => true,
        3_000,
        () => now,
      );
      expect(await probe.check()).to.equal('up');
      answers = false;
      now = 1_000;
      expect(await probe.check()).to.equal('up');
      now = 2_999;
      expect(await probe.check()).to.equal('up');
      now = 3_000;
      expect(await probe.check()).to.equal('down');
      answers = true;
      expect(await probe.check()).to.equal('up');
    });
  });
});
