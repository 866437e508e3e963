import { expect } from 'chai';
import { NotSchoolMember, UserId, assertBoardMember } from '../../src/index.js';
import { OTHER_SCHOOL, SCHOOL, admin, expectThrows, member } from './support.js';

describe('board access policy', () => {
  it('given a member of the school, when checked, then it passes', () => {
    expect(() => assertBoardMember(member('u'), SCHOOL)).not.to.throw();
  });

  it('given a member of another school, when checked, then NOT_SCHOOL_MEMBER', () => {
    expectThrows(
      () => assertBoardMember(member('u', OTHER_SCHOOL), SCHOOL),
      NotSchoolMember,
      'NOT_SCHOOL_MEMBER',
    );
  });

  it('given a user without a school, when checked, then NOT_SCHOOL_MEMBER', () => {
    const actor = { id: UserId('u'), role: 'user' as const, schoolId: null };
    expectThrows(() => assertBoardMember(actor, SCHOOL), NotSchoolMember, 'NOT_SCHOOL_MEMBER');
  });

  it('given an admin of no school, when checked, then it passes everywhere', () => {
    expect(() => assertBoardMember(admin(), SCHOOL)).not.to.throw();
    expect(() => assertBoardMember(admin(), OTHER_SCHOOL)).not.to.throw();
  });
});
