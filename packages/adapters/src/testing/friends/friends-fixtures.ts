/// <reference types="mocha" />
import {
  FriendRequest,
  FriendRequestId,
  School,
  SchoolId,
  User,
  UserId,
  type FriendRequestRepository,
  type FriendshipRepository,
  type SchoolRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';

/** The friends ports of one store, with the identity ports they need (foreign keys in SQL). */
export interface FriendsPorts {
  schools: SchoolRepository;
  users: UserRepository;
  friendRequests: FriendRequestRepository;
  friendships: FriendshipRepository;
  uow: UnitOfWork;
  teardown?: () => Promise<void>;
}
/**
 * Called before every test; must return ports on an empty store. Resolves null when the backing
 * service is unreachable outside CI: the suite then skips.
 */
export type FriendsPortsSetup = () => Promise<FriendsPorts | null>;

export const T0 = new Date('2026-03-02T09:00:00.123Z');
/** `T0` plus `seconds`, keeping the milliseconds so stores must keep them too. */
export const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

/** The `code` of the error a promise rejects with; fails when it resolves. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Starts every task at once; the values of those that resolved and the codes of those that did not. */
export async function concurrently<T>(
  tasks: (() => Promise<T>)[],
): Promise<{ values: T[]; codes: string[] }> {
  const settled = await Promise.allSettled(tasks.map((task) => task()));
  return {
    values: settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])),
    codes: settled.flatMap((s) =>
      s.status === 'rejected' ? [(s.reason as { code?: string }).code ?? String(s.reason)] : [],
    ),
  };
}

/** Opens fresh ports before each test of the enclosing `describe`, and tears them down after. */
export function withFriendsPorts(setup: FriendsPortsSetup): () => FriendsWorld {
  let world: FriendsWorld | undefined;
  beforeEach(async function () {
    const ports = await setup();
    if (!ports) return this.skip();
    world = new FriendsWorld(ports);
  });
  afterEach(async () => {
    await world?.ports.teardown?.();
    world = undefined;
  });
  return () => {
    if (!world) throw new Error('friends ports are not open');
    return world;
  };
}

/** Builds rows through the ports, with UUID-shaped ids that sort in creation order. */
export class FriendsWorld {
  private n = 0;
  private school: School | undefined;

  constructor(readonly ports: FriendsPorts) {}

  id(): string {
    this.n += 1;
    return `0190c000-0000-7000-8000-${this.n.toString(16).padStart(12, '0')}`;
  }

  /** `count` users of one school. */
  async users(count: number): Promise<User[]> {
    if (!this.school) {
      this.school = School.create({ id: SchoolId(this.id()), name: 'Friends U' });
      await this.ports.schools.save(this.school);
    }
    const made: User[] = [];
    for (let i = 0; i < count; i++) {
      const tag = this.n + 1;
      const user = User.create(
        {
          id: UserId(this.id()),
          username: `friend_${tag}`,
          email: `friend${tag}@example.com`,
          nickname: `친구${tag}`,
          schoolId: this.school.id,
          departmentId: null,
          passwordHash: 'x',
        },
        T0,
      );
      await this.ports.users.add(user);
      made.push(user);
    }
    return made;
  }

  newRequest(from: User, to: User, createdAt = at(1), id = this.id()): FriendRequest {
    return FriendRequest.create(
      { id: FriendRequestId(id), requesterId: from.id, addresseeId: to.id },
      createdAt,
    );
  }

  async request(from: User, to: User, createdAt = at(1), id = this.id()): Promise<FriendRequest> {
    const request = this.newRequest(from, to, createdAt, id);
    await this.ports.friendRequests.add(request);
    return request;
  }
}
