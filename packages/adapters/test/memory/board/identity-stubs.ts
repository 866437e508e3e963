import type { School, SchoolId, SchoolRepository, User, UserId, UserRepository } from '@campus/domain';

/*
 * Minimal schools and users for the board suites, kept apart from the memory database so these
 * tests depend on no other team's adapter. Switch to the memory identity repositories once they land.
 */

export class StubSchoolRepository implements SchoolRepository {
  private readonly rows = new Map<string, School>();
  save(school: School): Promise<void> {
    this.rows.set(school.id, school);
    return Promise.resolve();
  }
  findById(id: SchoolId): Promise<School | null> {
    return Promise.resolve(this.rows.get(id) ?? null);
  }
  list(): Promise<School[]> {
    return Promise.resolve([...this.rows.values()]);
  }
}

export class StubUserRepository implements UserRepository {
  private readonly rows = new Map<string, User>();
  save(user: User): Promise<void> {
    this.rows.set(user.id, user);
    return Promise.resolve();
  }
  findById(id: UserId): Promise<User | null> {
    return Promise.resolve(this.rows.get(id) ?? null);
  }
  findByUsername(username: string): Promise<User | null> {
    return Promise.resolve([...this.rows.values()].find((u) => u.username === username) ?? null);
  }
  findManyByIds(ids: readonly UserId[]): Promise<User[]> {
    return Promise.resolve(ids.flatMap((id) => this.rows.get(id) ?? []));
  }
}
