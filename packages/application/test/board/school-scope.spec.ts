import { expect } from 'chai';
import sinon from 'sinon';
import type { Actor } from '@campus/domain';
import { BoardTestBed, FIRST_PAGE, expectRejection } from './support.js';

describe('board use cases: reads scoped to a school', () => {
  let bed: BoardTestBed;
  let s: Awaited<ReturnType<BoardTestBed['stage']>>;
  beforeEach(async () => {
    bed = new BoardTestBed();
    s = await bed.stage();
  });
  afterEach(() => sinon.restore());

  const reads: [string, (actor: Actor, schoolId: string) => Promise<unknown>][] = [
    ['ListBoards', (actor, schoolId) => bed.use.listBoards.execute({ actor, schoolId })],
    [
      'SearchSchoolPosts',
      (actor, schoolId) =>
        bed.use.searchSchoolPosts.execute({ actor, schoolId, q: 'exam', page: FIRST_PAGE }),
    ],
    [
      'ListHotPosts',
      (actor, schoolId) => bed.use.listHotPosts.execute({ actor, schoolId, page: FIRST_PAGE }),
    ],
    [
      'ListBestPosts',
      (actor, schoolId) => bed.use.listBestPosts.execute({ actor, schoolId, page: FIRST_PAGE }),
    ],
  ];

  for (const [name, read] of reads) {
    describe(name, () => {
      it('given a school that does not exist, then SCHOOL_NOT_FOUND to an admin and to a member of another school', async () => {
        await expectRejection(read(s.admin, 'no-such-school'), 'SCHOOL_NOT_FOUND');
        await expectRejection(read(s.alice, 'no-such-school'), 'SCHOOL_NOT_FOUND');
      });

      it('given a school that exists, then NOT_SCHOOL_MEMBER to an outsider, and the admin is answered', async () => {
        await expectRejection(read(s.outsider, s.schoolId), 'NOT_SCHOOL_MEMBER');
        await read(s.admin, s.schoolId);
      });

      it("given a member of the school, then the school is not looked up: a user's school exists", async () => {
        const lookup = sinon.spy(bed.schools, 'findById');
        await read(s.alice, s.schoolId);
        expect(lookup.callCount).to.equal(0);
        await read(s.admin, s.schoolId);
        expect(lookup.callCount).to.equal(1);
      });
    });
  }
});
