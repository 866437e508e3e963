import { createServer, connect, type Server, type Socket } from 'node:net';
import { expect } from 'chai';
import { DatabaseError } from 'sequelize';
import { MYSQL_BOUNDS } from '../../src/sequelize/mysql-bounds.js';
import { MysqlPool } from '../../src/sequelize/mysql-pool.js';
import { mysqlTestDatabase, type TestDatabase } from '../../src/testing/index.js';

/**
 * A proxy that passes the handshake but holds, for good, every packet from the client from the
 * first session setting on: MySQL stalls just after a connection of the direct-read pool opened.
 */
async function holdingSettings(target: URL): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 3306), target.hostname);
    let holding = false;
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk: Buffer) => {
      holding ||= chunk.includes('SET SESSION');
      if (!holding) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('direct MySQL reads on a connection whose session settings stall', function () {
  this.timeout(20_000);
  let db: TestDatabase | null;

  before(async function () {
    db = await mysqlTestDatabase();
    if (!db) this.skip();
  });
  after(async () => {
    await db?.drop();
  });

  it('given the server stalling right after the handshake, then the read fails within the connect bound instead of waiting for good', async () => {
    const target = new URL(db!.url);
    const proxy = await holdingSettings(target);
    const viaProxy = new URL(db!.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const bounds = { ...MYSQL_BOUNDS, connectMs: 500, acquireMs: 5_000, statementMs: 500 };
    const reads = new MysqlPool(viaProxy.toString(), bounds, 2, () => undefined);
    try {
      const started = Date.now();
      const outcome = await Promise.race([
        reads.select('SELECT 1 AS one', {}).then(
          () => 'answered',
          (error: unknown) => error,
        ),
        new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
      ]);
      expect(outcome).to.be.instanceOf(DatabaseError);
      expect(Date.now() - started).to.be.below(2_000);
    } finally {
      await reads.close();
      await proxy.close();
    }
  });
});
