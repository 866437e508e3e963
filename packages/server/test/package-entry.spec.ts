import { expect } from 'chai';
import { buildServer, ConfigError, createLogger, loadConfig } from '@campus/server';

describe('@campus/server as a library', () => {
  it('builds a server from a configuration, answers on its own port, and closes', async () => {
    const config = loadConfig({
      DATABASE_URL: 'memory',
      JWT_SECRET: 'a test secret of at least 32 bytes!',
      LOG_LEVEL: 'silent',
      BCRYPT_ROUNDS: '4',
    });
    const server = await buildServer(config, createLogger('silent'));
    const listening = server.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const { port } = listening.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({ status: 'ok' });
    } finally {
      await server.close();
    }
  });

  it('refuses a bad configuration with a ConfigError naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).to.throw(ConfigError, /PORT/);
  });
});
