import {
  EmailTaken,
  Nickname,
  NicknameTaken,
  User,
  UsernameTaken,
  type UserId,
  type UserRepository,
  type UserState,
} from '@campus/domain';
import type { MemoryDatabase } from '../memory-database.js';

export class InMemoryUserRepository implements UserRepository {
  /** The key of each stored nickname, worked out once: every save compares with all of them. */
  private readonly keys = new Map<string, string>();

  constructor(private readonly db: MemoryDatabase) {}

  private keyOf(nickname: string): string {
    let key = this.keys.get(nickname);
    if (key === undefined) this.keys.set(nickname, (key = Nickname.key(nickname)));
    return key;
  }

  private get rows() {
    return this.db.table<UserState>('users');
  }

  /**
   * Checks and writes in one synchronous step, as the unique indexes do in SQL; nicknames by their
   * key, as the SQL index on `nickname_key`.
   */
  add(user: User): Promise<void> {
    if (this.rows.has(user.id)) return Promise.reject(new Error('A user with this id exists.'));
    return this.write(user).then(() => undefined);
  }

  /** Updates only a stored row: an account deleted since it was read stays deleted. */
  save(user: User): Promise<boolean> {
    if (!this.rows.has(user.id)) return Promise.resolve(false);
    return this.write(user).then(() => true);
  }

  private write(user: User): Promise<void> {
    const row = user.snapshot();
    const nicknameKey = Nickname.key(row.nickname);
    for (const other of this.rows.values()) {
      if (other.id === row.id) continue;
      if (other.username === row.username) return Promise.reject(new UsernameTaken());
      if (other.email === row.email) return Promise.reject(new EmailTaken());
      if (this.keyOf(other.nickname) === nicknameKey) return Promise.reject(new NicknameTaken());
    }
    this.rows.set(row.id, row);
    return Promise.resolve();
  }

  findById(id: UserId): Promise<User | null> {
    const row = this.rows.get(id);
    return Promise.resolve(row ? User.rehydrate(row) : null);
  }

  findByUsername(username: string): Promise<User | null> {
    const row = [...this.rows.values()].find((candidate) => candidate.username === username);
    return Promise.resolve(row ? User.rehydrate(row) : null);
  }

  findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    const rows = ids.map((id) => this.rows.get(id)).filter((row): row is UserState => row !== undefined);
    return Promise.resolve(rows.map((row) => User.rehydrate(row)));
  }
}
