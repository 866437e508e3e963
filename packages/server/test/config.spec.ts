import { expect } from 'chai';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_VARIABLES, ConfigError, loadConfig, parseDuration } from '../src/config/config.js';

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const folder = mkdtempSync(join(tmpdir(), 'campus-config-'));
    const config = loadConfig({ DATABASE_URL: `sqlite:${folder}/campus.sqlite` });
    expect(config).to.include({
      port: 3000,
      host: '0.0.0.0',
      bcryptRounds: 12,
      hotThreshold: 10,
      bestThreshold: 100,
      reportThreshold: 5,
      loginMaxFailures: 5,
      loginMaxPerClient: 50,
      sessionMaxAgeMs: 30 * 86_400_000,
      refreshReuseGraceMs: 10_000,
      trustProxy: false,
    });
    expect(config.accessTokenTtlMs).to.equal(30 * 60_000);
    expect(config.refreshTokenTtlMs).to.equal(7 * 86_400_000);
    expect(config.corsOrigins).to.deep.equal([]);
    expect(config.redisUrl).to.equal(undefined);
    expect(config.cacheBoardViews).to.equal(true);
    expect(config).to.include({
      redisKeyPrefix: 'campus:',
      workerStartTimeoutMs: 60_000,
      workerRestartDelayMs: 1_000,
      shutdownTimeoutMs: 8_000,
    });
  });

  it('reads the lifecycle settings as durations and refuses others', () => {
    const config = loadConfig({
      DATABASE_URL: 'memory',
      WORKER_START_TIMEOUT: '3s',
      WORKER_RESTART_DELAY: '100ms',
      SHUTDOWN_TIMEOUT: '500ms',
      REDIS_KEY_PREFIX: 'staging:',
    });
    expect(config).to.include({
      workerStartTimeoutMs: 3_000,
      workerRestartDelayMs: 100,
      shutdownTimeoutMs: 500,
      redisKeyPrefix: 'staging:',
    });
    expect(() => loadConfig({ DATABASE_URL: 'memory', SHUTDOWN_TIMEOUT: 'soon' })).to.throw(
      ConfigError,
      /SHUTDOWN_TIMEOUT/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'memory', REDIS_KEY_PREFIX: '' })).to.throw(
      ConfigError,
      /REDIS_KEY_PREFIX/,
    );
  });

  it('turns board view caching off with CACHE_BOARD_VIEWS=off and refuses other values', () => {
    expect(loadConfig({ DATABASE_URL: 'memory', CACHE_BOARD_VIEWS: 'off' }).cacheBoardViews).to.equal(false);
    expect(() => loadConfig({ DATABASE_URL: 'memory', CACHE_BOARD_VIEWS: 'no' })).to.throw(
      ConfigError,
      /CACHE_BOARD_VIEWS/,
    );
  });

  it('reads the session and throttle settings, allows a zero grace, and refuses bad values', () => {
    const config = loadConfig({
      DATABASE_URL: 'memory',
      SESSION_MAX_AGE: '2h',
      REFRESH_REUSE_GRACE: '0s',
      LOGIN_MAX_PER_CLIENT: '7',
      TRUST_PROXY: 'on',
    });
    expect(config).to.include({
      sessionMaxAgeMs: 7_200_000,
      refreshReuseGraceMs: 0,
      loginMaxPerClient: 7,
      trustProxy: true,
    });
    for (const [name, value] of [
      ['SESSION_MAX_AGE', '0s'],
      ['REFRESH_REUSE_GRACE', 'soon'],
      ['LOGIN_MAX_PER_CLIENT', '0'],
      ['TRUST_PROXY', 'yes'],
    ] as const) {
      expect(() => loadConfig({ DATABASE_URL: 'memory', [name]: value }), name).to.throw(ConfigError, name);
    }
  });

  it('reads the write limits with their defaults, allows 0 to switch one off, and refuses bad values', () => {
    expect(loadConfig({ DATABASE_URL: 'memory' }).writeLimits).to.deep.equal({
      postIntervalMs: 10_000,
      commentIntervalMs: 3_000,
      messageIntervalMs: 2_000,
      writeBurst: 30,
    });
    const config = loadConfig({
      DATABASE_URL: 'memory',
      POST_INTERVAL: '0s',
      COMMENT_INTERVAL: '1m',
      MESSAGE_INTERVAL: '5',
      WRITE_BURST: '0',
    });
    expect(config.writeLimits).to.deep.equal({
      postIntervalMs: 0,
      commentIntervalMs: 60_000,
      messageIntervalMs: 5_000,
      writeBurst: 0,
    });
    for (const [name, value] of [
      ['POST_INTERVAL', 'often'],
      ['COMMENT_INTERVAL', '-1s'],
      ['MESSAGE_INTERVAL', '2 s'],
      ['WRITE_BURST', '-1'],
      ['WRITE_BURST', '2.5'],
    ] as const) {
      expect(() => loadConfig({ DATABASE_URL: 'memory', [name]: value }), name).to.throw(ConfigError, name);
    }
  });

  it('reads REPORT_MIN_ACCOUNT_AGE as a duration, a day by default, 0s for any account, and refuses others', () => {
    expect(loadConfig({ DATABASE_URL: 'memory' }).reportMinAccountAgeMs).to.equal(86_400_000);
    expect(
      loadConfig({ DATABASE_URL: 'memory', REPORT_MIN_ACCOUNT_AGE: '0s' }).reportMinAccountAgeMs,
    ).to.equal(0);
    expect(
      loadConfig({ DATABASE_URL: 'memory', REPORT_MIN_ACCOUNT_AGE: '12h' }).reportMinAccountAgeMs,
    ).to.equal(12 * 3_600_000);
    for (const value of ['a while', '-1d']) {
      expect(() => loadConfig({ DATABASE_URL: 'memory', REPORT_MIN_ACCOUNT_AGE: value })).to.throw(
        ConfigError,
        'REPORT_MIN_ACCOUNT_AGE',
      );
    }
  });

  it('generates a development JWT secret once and keeps it in the data folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'campus-config-'));
    const first = loadConfig({ DATABASE_URL: `sqlite:${folder}/campus.sqlite` }).jwtSecret;
    const second = loadConfig({ DATABASE_URL: `sqlite:${folder}/campus.sqlite` }).jwtSecret;
    expect(first).to.have.length.greaterThan(40);
    expect(second).to.equal(first);
    expect(readFileSync(join(folder, 'jwt-secret'), 'utf8')).to.equal(first);
  });

  it('refuses to start in production without a JWT_SECRET of at least 32 bytes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'memory' })).to.throw(
      ConfigError,
      /JWT_SECRET/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'memory', JWT_SECRET: 'short' }),
    ).to.throw(ConfigError, /32 bytes/);
    const ok = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'memory', JWT_SECRET: 's'.repeat(32) });
    expect(ok.jwtSecret).to.equal('s'.repeat(32));
  });

  it('rejects malformed values with every problem named', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://x', JWT_SECRET: 's'.repeat(32) }),
    ).to.throw(ConfigError, /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
    expect(() =>
      loadConfig({ ACCESS_TOKEN_TTL: 'soon', JWT_SECRET: 's'.repeat(32), DATABASE_URL: 'memory' }),
    ).to.throw(ConfigError);
  });

  it('says, for each bad value, the variable, the value given and what to use instead', () => {
    const secret = 's'.repeat(32);
    const attempt = (env: Record<string, string>) => {
      try {
        loadConfig({ JWT_SECRET: secret, ...env });
      } catch (error) {
        expect(error).to.be.instanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error(`accepted ${JSON.stringify(env)}`);
    };
    expect(attempt({ PORT: 'abc' })).to.contain('PORT="abc": use a port number from 0 to 65535');
    expect(attempt({ BCRYPT_ROUNDS: '99' })).to.contain(
      'BCRYPT_ROUNDS="99": use a whole number from 4 to 15',
    );
    expect(attempt({ DATABASE_URL: 'postgres://db/campus' })).to.match(
      /DATABASE_URL="postgres:\/\/db\/campus": use memory, sqlite:<path>, sqlite::memory: or mysql:\/\//,
    );
    expect(attempt({ DATABASE_URL: 'mysql://root@127.0.0.1:3306' })).to.contain(
      'names a host and a database',
    );
    expect(attempt({ DATABASE_URL: 'mysql://root:50%@db/campus' })).to.contain('percent-encoded');
    expect(attempt({ REDIS_URL: 'localhost:6379' })).to.contain(
      'REDIS_URL="localhost:6379": use redis://host:6379',
    );
    expect(attempt({ METRICS: 'yes' })).to.contain('METRICS="yes"');
    expect(attempt({ METRICS_PORT: '70000' })).to.contain('METRICS_PORT="70000"');
    expect(attempt({ PORT: 'abc' })).to.contain('.env.example lists every setting');
  });

  it('reads METRICS, METRICS_PORT and LOG_FORMAT, with logs readable only at a terminal outside production', () => {
    const base = { DATABASE_URL: 'memory', JWT_SECRET: 's'.repeat(32) };
    expect(loadConfig(base, false).metrics).to.equal(undefined);
    expect(loadConfig({ ...base, METRICS: 'on' }, false).metrics).to.deep.equal({ port: undefined });
    expect(loadConfig({ ...base, METRICS: 'on', METRICS_PORT: '9464' }, false).metrics).to.deep.equal({
      port: 9464,
    });
    expect(loadConfig(base, false).logFormat).to.equal('json');
    expect(loadConfig(base, true).logFormat).to.equal('pretty');
    expect(loadConfig({ ...base, NODE_ENV: 'production' }, true).logFormat).to.equal('json');
    expect(loadConfig({ ...base, LOG_FORMAT: 'json' }, true).logFormat).to.equal('json');
    expect(loadConfig({ ...base, LOG_FORMAT: 'pretty' }, false).logFormat).to.equal('pretty');
  });

  it('reads the mail settings: the outbox in the data folder without SMTP_URL, and refuses bad URLs', () => {
    const base = { JWT_SECRET: 's'.repeat(32) };
    const folder = mkdtempSync(join(tmpdir(), 'campus-config-'));
    const plain = loadConfig(
      { ...base, DATABASE_URL: `sqlite:${folder}/campus.sqlite`, PORT: '8080' },
      false,
    );
    expect(plain.mail).to.deep.equal({
      smtpUrl: undefined,
      from: 'campus <no-reply@localhost>',
      outbox: join(folder, 'outbox'),
    });
    expect(plain.publicUrl).to.equal('http://localhost:8080');
    const set = loadConfig(
      {
        ...base,
        DATABASE_URL: 'memory',
        SMTP_URL: 'smtps://campus:pw@smtp.example.ac.kr:465',
        MAIL_FROM: '캠퍼스 <no-reply@example.ac.kr>',
        PUBLIC_URL: 'https://campus.example.ac.kr/',
      },
      false,
    );
    expect(set.mail).to.deep.equal({
      smtpUrl: 'smtps://campus:pw@smtp.example.ac.kr:465',
      from: '캠퍼스 <no-reply@example.ac.kr>',
      outbox: join('data', 'outbox'),
    });
    expect(set.publicUrl).to.equal('https://campus.example.ac.kr');
    for (const bad of [{ SMTP_URL: 'smtp.example.ac.kr:587' }, { PUBLIC_URL: 'campus.example.ac.kr' }])
      expect(() => loadConfig({ ...base, DATABASE_URL: 'memory', ...bad }, false)).to.throw(
        ConfigError,
        Object.keys(bad)[0],
      );
  });

  it('.env.example lists exactly the variables it reads, each set line with its default', () => {
    const example = readFileSync(fileURLToPath(new URL('../../../.env.example', import.meta.url)), 'utf8');
    const lines = example
      .split('\n')
      .map((line) => /^(# )?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
      .filter((match) => match !== null);
    const names = lines.map((match) => match[2]!);
    expect([...names].sort()).to.deep.equal([...CONFIG_VARIABLES].sort());
    expect(new Set(names).size).to.equal(names.length);
    // The lines that set a value show the default: setting them all changes nothing.
    const set = Object.fromEntries(lines.filter((m) => !m[1]).map((m) => [m[2]!, m[3]!]));
    const secret = { JWT_SECRET: 's'.repeat(32) };
    expect(loadConfig({ ...set, ...secret }, false)).to.deep.equal(loadConfig(secret, false));
  });

  it('requires verification by default in production only, and as REQUIRE_VERIFICATION says', () => {
    const secret = { JWT_SECRET: 's'.repeat(32) };
    expect(loadConfig({ ...secret }, false).requireVerification).to.equal(false);
    expect(loadConfig({ ...secret, NODE_ENV: 'production' }, false).requireVerification).to.equal(true);
    expect(
      loadConfig({ ...secret, NODE_ENV: 'production', REQUIRE_VERIFICATION: 'off' }, false)
        .requireVerification,
    ).to.equal(false);
    expect(loadConfig({ ...secret, REQUIRE_VERIFICATION: 'on' }, false).requireVerification).to.equal(true);
    expect(() => loadConfig({ ...secret, REQUIRE_VERIFICATION: 'yes' }, false)).to.throw(
      /REQUIRE_VERIFICATION/,
    );
  });

  it('parses durations', () => {
    expect(parseDuration('30m')).to.equal(1_800_000);
    expect(parseDuration('7d')).to.equal(604_800_000);
    expect(parseDuration('90')).to.equal(90_000);
    expect(parseDuration('250ms')).to.equal(250);
  });
});
