import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { explainStartupError } from '../../src/startup/startup-errors.js';
import {
  describeCache,
  describeStorage,
  reachableUrl,
  summarize,
} from '../../src/startup/startup-summary.js';

const MYSQL = 'mysql://campus:s3cret@db.internal:3307/campus_prod';

/** A driver error as Sequelize wraps it: the code is on `parent`. */
const sequelizeError = (name: string, code: string) =>
  Object.assign(new Error('wrapped'), { name, parent: Object.assign(new Error('driver'), { code }) });

describe('start-up errors, as one paragraph for a person', () => {
  it('names a taken port and the variable that chooses another', () => {
    const busy = Object.assign(new Error('listen EADDRINUSE'), {
      code: 'EADDRINUSE',
      syscall: 'listen',
      address: '0.0.0.0',
      port: 3000,
    });
    expect(explainStartupError(busy, { databaseUrl: 'memory', port: 3000 })).to.equal(
      'Port 3000 is already in use (0.0.0.0:3000): another campus, or another program, is listening there. Stop it, or start on another port, e.g. PORT=3001 npm start.',
    );
    const metrics = { ...busy, port: 9464 };
    expect(explainStartupError(metrics, { databaseUrl: 'memory', port: 3000, metricsPort: 9464 })).to.contain(
      'METRICS_PORT=9465',
    );
    const denied = { ...busy, code: 'EACCES', port: 80 };
    expect(explainStartupError(denied, { databaseUrl: 'memory' })).to.contain(
      'ports below 1024 need privileges',
    );
  });

  it('gives the exact CREATE DATABASE for a MySQL database that does not exist', () => {
    const error = sequelizeError('SequelizeConnectionError', 'ER_BAD_DB_ERROR');
    const text = explainStartupError(error, { databaseUrl: MYSQL })!;
    expect(text).to.contain(
      'The MySQL server at db.internal:3307 answers, but has no database named campus_prod.',
    );
    expect(text).to.contain(
      'mysql -h db.internal -P 3307 -u campus -p -e "CREATE DATABASE campus_prod CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"',
    );
    expect(text).not.to.contain('s3cret');
    const odd = explainStartupError(error, { databaseUrl: 'mysql://root@db/my-db' })!;
    expect(odd).to.contain('CREATE DATABASE \\`my-db\\`');
  });

  it('tells an unreachable MySQL from a refused login, never showing the password', () => {
    const cases: [string, string, string][] = [
      ['SequelizeConnectionRefusedError', 'ECONNREFUSED', 'connection refused'],
      ['SequelizeHostNotFoundError', 'ENOTFOUND', 'the host name db.internal does not resolve'],
      ['SequelizeConnectionError', 'ETIMEDOUT', 'no answer (ETIMEDOUT)'],
      ['SequelizeAccessDeniedError', 'ER_ACCESS_DENIED_ERROR', 'refused user campus'],
    ];
    for (const [name, code, phrase] of cases) {
      const text = explainStartupError(sequelizeError(name, code), { databaseUrl: MYSQL })!;
      expect(text, code).to.contain(phrase);
      expect(text, code).not.to.contain('s3cret');
    }
  });

  it('says an SQLite file cannot be made where DATABASE_URL points', () => {
    const error = Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR', syscall: 'mkdir' });
    expect(explainStartupError(error, { databaseUrl: 'sqlite:/etc/passwd/campus.sqlite' })).to.contain(
      'Cannot open the SQLite database /etc/passwd/campus.sqlite (ENOTDIR)',
    );
  });

  it('passes a configuration error on as it is, and leaves anything else (a bug) to its stack', () => {
    expect(explainStartupError(new ConfigError('PORT is wrong'), { databaseUrl: 'memory' })).to.equal(
      'PORT is wrong',
    );
    expect(explainStartupError(new TypeError('x is undefined'), { databaseUrl: MYSQL })).to.equal(null);
    expect(explainStartupError(new Error('boom'), { databaseUrl: 'memory' })).to.equal(null);
  });
});

describe('the start-up summary', () => {
  const config = (env: Record<string, string> = {}) =>
    loadConfig({ DATABASE_URL: 'memory', JWT_SECRET: 's'.repeat(32), ...env }, false);

  it('gives addresses a person can open, and storage and cache without their passwords', () => {
    expect(reachableUrl('0.0.0.0', 3000)).to.equal('http://localhost:3000');
    expect(reachableUrl('::', 3000)).to.equal('http://localhost:3000');
    expect(reachableUrl('::1', 8080)).to.equal('http://[::1]:8080');
    expect(describeStorage(MYSQL)).to.equal('MySQL, campus@db.internal:3307/campus_prod');
    expect(describeCache({ redisUrl: 'redis://:pw@cache:6380', redisKeyPrefix: 'campus:' })).to.equal(
      'Redis, cache:6380, keys under campus:',
    );
  });

  it('says where the metrics are: off, on the public port, or on their own', () => {
    const facts = { applied: [], schools: 1, demo: undefined };
    expect(summarize(config(), 3000, facts).metrics).to.contain('off');
    expect(summarize(config({ METRICS: 'on' }), 3000, facts).metrics).to.equal(
      'http://localhost:3000/metrics',
    );
    expect(summarize(config({ METRICS: 'on', METRICS_PORT: '9464' }), 3000, facts, 9464).metrics).to.contain(
      'http://localhost:9464/metrics (METRICS_PORT; not on the public port)',
    );
    expect(summarize(config(), 3000, facts).next).to.deep.equal([]);
  });
});
