import { connect, type Socket } from 'node:net';
import { Connection, type ConnectionOptions } from 'mysql2';
import type { Options } from 'sequelize';

/**
 * How long MySQL may keep a request waiting, at each place it can. The lock wait is shorter than
 * the statement bound, so a row lock that cannot be had ends as the server's own lock-wait error
 * (the statement undone, the connection kept) before the client gives the connection up. A stalled
 * server costs a request at most one wait for a connection plus one statement.
 */
export interface MysqlBounds {
  /** A statement sent and not answered by then: its connection is destroyed. */
  statementMs: number;
  /** A wait for a pooled connection, including opening a new one. */
  acquireMs: number;
  /** Opening a connection: TCP, handshake and the session settings. */
  connectMs: number;
  /** InnoDB's lock wait (whole seconds): ten requests queued on one row free their connections by then. */
  lockWaitSeconds: number;
}

export const MYSQL_BOUNDS: MysqlBounds = {
  statementMs: 3_000,
  acquireMs: 3_000,
  connectMs: 3_000,
  lockWaitSeconds: 2,
};

/** The code of the error a statement past its bound fails with. */
export const STATEMENT_TIMEOUT = 'CAMPUS_STATEMENT_TIMEOUT';

/**
 * Bounds every statement Sequelize sends to MySQL, through public APIs only: mysql2's `stream`
 * option (a socket of our own for every connection) and Sequelize's query hooks (a timer per
 * statement). Destroying the socket with an error is what makes mysql2 fail the statement at once;
 * closing the connection politely would wait for the very server that stopped answering.
 */
export class StatementDeadlines {
  private readonly sockets = new WeakMap<object, Socket>();
  private readonly timers = new Map<object, NodeJS.Timeout>();

  constructor(private readonly bounds: MysqlBounds) {}

  /** The Sequelize options that install the bounds. */
  options(): Pick<Options, 'hooks' | 'pool'> & { dialectOptions: Record<string, unknown> } {
    return {
      dialectOptions: { connectTimeout: this.bounds.connectMs, stream: this.openSocket },
      pool: { acquire: this.bounds.acquireMs },
      hooks: {
        afterConnect: (connection) => this.prepareSession(connection),
        beforeQuery: (_options, query) => this.arm(query, query.connection),
        afterQuery: (_options, query) => this.disarm(query),
      },
    };
  }

  /** What mysql2 would open itself, kept so that a statement's timer can destroy it. */
  private readonly openSocket = (options: { config: ConnectionOptions }): Socket => {
    const { config } = options;
    const socket = config.socketPath ? connect(config.socketPath) : connect(config.port ?? 3306, config.host);
    socket.setNoDelay(true);
    socket.setKeepAlive(true, config.keepAliveInitialDelay ?? 0);
    this.sockets.set(config, socket);
    return socket;
  };

  /**
   * READ COMMITTED: correctness here comes from unique indexes, relative counter updates and
   * explicit row locks, never from snapshot reads; REPEATABLE READ would add a gap lock to every
   * locking read of a missing row, and two such gaps taken before two inserts deadlock. The lock
   * wait is set low for the session. Both once per connection, so no transaction pays for them.
   */
  private async prepareSession(connection: unknown): Promise<void> {
    if (!(connection instanceof Connection)) return;
    for (const sql of [
      'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED',
      `SET SESSION innodb_lock_wait_timeout = ${Math.max(1, Math.round(this.bounds.lockWaitSeconds))}`,
    ]) {
      await new Promise<void>((resolve, reject) =>
        connection.query({ sql, timeout: this.bounds.connectMs }, (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    }
  }

  private arm(query: object, connection: unknown): void {
    if (!(connection instanceof Connection)) return;
    const socket = this.sockets.get(connection.config);
    if (socket === undefined) return;
    const timer = setTimeout(() => {
      this.timers.delete(query);
      const error = Object.assign(new Error('MySQL did not answer the statement in time.'), {
        code: STATEMENT_TIMEOUT,
        fatal: true,
      });
      socket.destroy(error);
    }, this.bounds.statementMs);
    this.timers.set(query, timer);
  }

  private disarm(query: object): void {
    const timer = this.timers.get(query);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.timers.delete(query);
  }
}
