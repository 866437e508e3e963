import { expect } from 'chai';
import { DepartmentId, SchoolId, User, UserId, isMemberOf, type NewUser } from '../../src/index.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const input = (overrides: Partial<NewUser> = {}): NewUser => ({
  id: UserId('u1'),
  username: 'kim_99',
  email: 'Kim@Example.com',
  nickname: '김',
  schoolId: SchoolId('s1'),
  departmentId: DepartmentId('d1'),
  passwordHash: 'hash',
  ...overrides,
});

describe('User', () => {
  it('given valid input, when created, then it is a user of its school who joined now', () => {
    const user = User.create(input({ nickname: '김철수' }), NOW);
    expect(user.snapshot()).to.deep.equal({
      id: 'u1',
      username: 'kim_99',
      email: 'kim@example.com',
      nickname: '김철수',
      role: 'user',
      schoolId: 's1',
      departmentId: 'd1',
      passwordHash: 'hash',
      joinedAt: NOW,
      verifiedAt: null,
      restrictedUntil: null,
      restrictionReason: null,
    });
    expect(user.isMemberOf(SchoolId('s1'))).to.equal(true);
    expect(user.isMemberOf(SchoolId('s2'))).to.equal(false);
  });

  it('given an admin, then it belongs to every school', () => {
    const admin = User.create(input({ nickname: 'root', role: 'admin', schoolId: null }), NOW);
    expect(admin.isMemberOf(SchoolId('anything'))).to.equal(true);
    expect(isMemberOf({ id: admin.id, role: 'admin', schoolId: null }, SchoolId('x'))).to.equal(true);
    expect(isMemberOf({ id: admin.id, role: 'user', schoolId: SchoolId('a') }, SchoolId('b'))).to.equal(
      false,
    );
  });

  it('when the nickname changes, then the new one is validated', () => {
    const user = User.create(input({ nickname: '김철수' }), NOW);
    user.changeNickname('  이영희 ');
    expect(user.nickname).to.equal('이영희');
    expect(() => user.changeNickname('x')).to.throw(/2 to 20/);
    expect(user.nickname).to.equal('이영희');
  });

  it('when promoted, then it is an admin; rehydrate keeps every field', () => {
    const user = User.create(input({ nickname: '김철수' }), NOW);
    user.promoteToAdmin();
    expect(User.rehydrate(user.snapshot()).snapshot()).to.deep.equal({ ...user.snapshot(), role: 'admin' });
  });
});
