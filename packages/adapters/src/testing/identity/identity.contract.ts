/// <reference types="mocha" />
import {
  Department,
  DepartmentId,
  School,
  SchoolId,
  Session,
  SessionId,
  User,
  UserId,
  type DepartmentRepository,
  type RefreshTokenState,
  type SchoolRepository,
  type SessionRepository,
  type UnitOfWork,
  type UserRepository,
} from '@campus/domain';
import { expect } from 'chai';

export interface IdentityPorts {
  schools: SchoolRepository;
  departments: DepartmentRepository;
  users: UserRepository;
  sessions: SessionRepository;
  uow: UnitOfWork;
  teardown?: () => Promise<void>;
}
/** Resolves null when the backing service is unreachable outside CI: the suite then skips. */
export type IdentityPortsSetup = () => Promise<IdentityPorts | null>;

const T0 = new Date('2026-03-02T09:00:00.123Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('expected a rejection');
}

/** The behaviour every identity adapter must share, whatever stores it. */
export function identityContract(name: string, setup: IdentityPortsSetup): void {
  describe(`identity repositories contract (${name})`, function () {
    let ports: IdentityPorts;
    let n = 0;
    const school = (schoolName = `School ${++n}`) =>
      School.create({
        id: SchoolId(`00000000-0000-7000-8000-s${String(++n).padStart(11, '0')}`),
        name: schoolName,
      });
    const user = (s: School, tag = String(++n), overrides: Partial<Parameters<typeof User.create>[0]> = {}) =>
      User.create(
        {
          id: UserId(`00000000-0000-7000-8000-u${tag.padStart(11, '0')}`),
          username: `user_${tag}`,
          email: `user${tag}@example.com`,
          nickname: `닉네임${tag}`,
          schoolId: s.id,
          departmentId: null,
          passwordHash: '$2b$04$abcdefghijklmnopqrstuu',
          ...overrides,
        },
        T0,
      );

    beforeEach(async function () {
      const opened = await setup();
      if (!opened) return this.skip();
      ports = opened;
    });
    afterEach(async () => {
      await ports?.teardown?.();
    });

    it('stores schools and lists them by name; a duplicate name is SCHOOL_EXISTS and writes nothing', async () => {
      const b = school('Beta U');
      const a = school('Alpha U');
      await ports.schools.save(b);
      await ports.schools.save(a);
      expect((await ports.schools.list()).map((s) => s.name)).to.deep.equal(['Alpha U', 'Beta U']);
      expect(await codeOf(ports.schools.save(school('Alpha U')))).to.equal('SCHOOL_EXISTS');
      expect(await ports.schools.list()).to.have.length(2);
      expect((await ports.schools.findById(a.id))?.snapshot()).to.deep.equal(a.snapshot());
      expect(await ports.schools.findById(SchoolId('nope'))).to.equal(null);
    });

    it('keeps department names unique per school only', async () => {
      const [a, b] = [school(), school()];
      await ports.schools.save(a);
      await ports.schools.save(b);
      const physics = Department.create({
        id: DepartmentId('00000000-0000-7000-8000-d00000000001'),
        schoolId: a.id,
        name: 'Physics',
      });
      await ports.departments.save(physics);
      const twin = Department.create({
        id: DepartmentId('00000000-0000-7000-8000-d00000000002'),
        schoolId: a.id,
        name: 'Physics',
      });
      expect(await codeOf(ports.departments.save(twin))).to.equal('DEPARTMENT_EXISTS');
      await ports.departments.save(
        Department.create({
          id: DepartmentId('00000000-0000-7000-8000-d00000000003'),
          schoolId: b.id,
          name: 'Physics',
        }),
      );
      expect((await ports.departments.listBySchool(a.id)).map((d) => d.snapshot())).to.deep.equal([
        physics.snapshot(),
      ]);
      expect(await ports.departments.findById(DepartmentId('nope'))).to.equal(null);
    });

    it('round-trips a user with every field, dates to the millisecond, and updates by id', async () => {
      const s = school();
      await ports.schools.save(s);
      const u = user(s, '1', { nickname: '😀새내기' });
      await ports.users.save(u);
      expect((await ports.users.findById(u.id))?.snapshot()).to.deep.equal(u.snapshot());
      expect((await ports.users.findByUsername('user_1'))?.id).to.equal(u.id);
      u.changeNickname('바뀐닉');
      await ports.users.save(u);
      expect((await ports.users.findById(u.id))?.nickname).to.equal('바뀐닉');
      expect(await ports.users.findByUsername('ghost')).to.equal(null);
      expect((await ports.users.findManyByIds([u.id, UserId('ghost')])).map((x) => x.id)).to.deep.equal([
        u.id,
      ]);
      expect(await ports.users.findManyByIds([])).to.deep.equal([]);
    });

    it('refuses a taken username, email or nickname with its own code, and writes nothing', async () => {
      const s = school();
      await ports.schools.save(s);
      await ports.users.save(user(s, '1'));
      expect(await codeOf(ports.users.save(user(s, '2', { username: 'user_1' })))).to.equal('USERNAME_TAKEN');
      expect(await codeOf(ports.users.save(user(s, '3', { email: 'user1@example.com' })))).to.equal(
        'EMAIL_TAKEN',
      );
      expect(await codeOf(ports.users.save(user(s, '4', { nickname: '닉네임1' })))).to.equal(
        'NICKNAME_TAKEN',
      );
      expect(await ports.users.findByUsername('user_2')).to.equal(null);
      expect(await ports.users.findByUsername('user_3')).to.equal(null);
    });

    it('lets exactly one of eight concurrent saves take a username', async () => {
      const s = school();
      await ports.schools.save(s);
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          ports.users.save(user(s, String(10 + i), { username: 'contested' })),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    });

    describe('sessions', () => {
      let owner: User;
      const token = (
        hash: string,
        sessionId: string,
        overrides: Partial<RefreshTokenState> = {},
      ): RefreshTokenState => ({
        hash: hash.padEnd(64, '0'),
        sessionId: SessionId(sessionId),
        issuedAt: T0,
        expiresAt: at(3_600_000),
        usedAt: null,
        ...overrides,
      });
      const session = (id: string) => Session.create({ id: SessionId(id), userId: owner.id }, T0);

      beforeEach(async () => {
        const s = school();
        await ports.schools.save(s);
        owner = user(s);
        await ports.users.save(owner);
      });

      it('stores a session with its first token, found by token hash', async () => {
        await ports.sessions.create(session('s1'), token('a', 's1'));
        expect((await ports.sessions.findById(SessionId('s1')))?.snapshot()).to.deep.equal(
          session('s1').snapshot(),
        );
        expect(await ports.sessions.findToken('a'.padEnd(64, '0'))).to.deep.equal(token('a', 's1'));
        expect(await ports.sessions.findToken('b'.padEnd(64, '0'))).to.equal(null);
        expect(await ports.sessions.findById(SessionId('nope'))).to.equal(null);
      });

      it('rotates a token once: the old one is used up, the new one stored', async () => {
        await ports.sessions.create(session('s1'), token('a', 's1'));
        expect(await ports.sessions.rotate('a'.padEnd(64, '0'), token('b', 's1'), at(10))).to.equal(true);
        expect((await ports.sessions.findToken('a'.padEnd(64, '0')))?.usedAt).to.deep.equal(at(10));
        expect(await ports.sessions.findToken('b'.padEnd(64, '0'))).to.deep.equal(token('b', 's1'));
        expect(await ports.sessions.rotate('a'.padEnd(64, '0'), token('c', 's1'), at(20))).to.equal(false);
        expect(await ports.sessions.findToken('c'.padEnd(64, '0'))).to.equal(null);
      });

      it('gives exactly one true when eight rotations of one token race', async () => {
        await ports.sessions.create(session('s1'), token('a', 's1'));
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            ports.sessions.rotate('a'.padEnd(64, '0'), token(`n${i}`, 's1'), at(10)),
          ),
        );
        expect(results.filter(Boolean)).to.have.length(1);
      });

      it('revokes one session, or all of a user but one', async () => {
        for (const id of ['s1', 's2', 's3']) await ports.sessions.create(session(id), token(id, id));
        await ports.sessions.revoke(SessionId('s1'), at(5));
        await ports.sessions.revoke(SessionId('s1'), at(9));
        expect((await ports.sessions.findById(SessionId('s1')))?.revokedAt).to.deep.equal(at(5));
        await ports.sessions.revokeAllOf(owner.id, at(7), SessionId('s3'));
        expect((await ports.sessions.findById(SessionId('s2')))?.revokedAt).to.deep.equal(at(7));
        expect((await ports.sessions.findById(SessionId('s3')))?.isActive()).to.equal(true);
      });
    });

    it('rolls back every write of a failed unit of work', async () => {
      const s = school();
      await ports.schools.save(s);
      const failed = ports.uow.run(async () => {
        await ports.users.save(user(s, '77'));
        throw new Error('boom');
      });
      expect(await codeOf(failed)).to.match(/boom/);
      expect(await ports.users.findByUsername('user_77')).to.equal(null);
    });
  });
}
