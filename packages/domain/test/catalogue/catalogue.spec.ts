import { expect } from 'chai';
import {
  Course,
  CourseId,
  FriendRequest,
  FriendRequestId,
  MeetingTimes,
  PrimaryPolicy,
  Rating,
  Review,
  ReviewId,
  SchoolId,
  Semester,
  Timetable,
  TimetableId,
  TimetableName,
  UserId,
  ValidationFailed,
  averageRating,
  friendPair,
  meetingsClash,
  type MeetingTime,
} from '../../src/index.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected an error');
}

const course = (
  id: string,
  times: MeetingTime[],
  overrides: Partial<Parameters<typeof Course.create>[0]> = {},
) =>
  Course.create(
    {
      id: CourseId(id),
      schoolId: SchoolId('s1'),
      semester: '2026-1',
      code: id,
      name: 'n',
      professor: 'p',
      credits: 3,
      times,
      ...overrides,
    },
    NOW,
  );

describe('Semester', () => {
  it('accepts the four kinds of semester and nothing else', () => {
    for (const ok of ['2026-1', '2026-2', '2026-summer', '2026-winter'])
      expect(Semester.parse(ok)).to.equal(ok);
    for (const bad of ['2026-3', '2026-fall', '26-1', '2026-1 ', ''])
      expect(() => Semester.parse(bad)).to.throw(ValidationFailed);
  });
});

describe('MeetingTime', () => {
  it('given valid meetings, then they are kept (rooms trimmed)', () => {
    expect(MeetingTimes.parse([{ day: 'MON', start: '09:00', end: '10:30', room: ' 101 ' }])).to.deep.equal([
      { day: 'MON', start: '09:00', end: '10:30', room: '101' },
    ]);
  });

  it('given a start not before the end, a bad clock time or a bad day, then VALIDATION_FAILED naming it', () => {
    const failure = (times: MeetingTime[]) => {
      try {
        MeetingTimes.parse(times);
      } catch (error) {
        return (error as ValidationFailed).details?.[0]?.path;
      }
      throw new Error('expected a failure');
    };
    expect(failure([{ day: 'MON', start: '10:00', end: '10:00' }])).to.equal('times.0');
    expect(failure([{ day: 'MON', start: '09:00', end: '24:00' }])).to.equal('times.0.end');
    expect(failure([{ day: 'MON', start: '9:00', end: '10:00' }])).to.equal('times.0.start');
    expect(failure([{ day: 'XXX' as 'MON', start: '09:00', end: '10:00' }])).to.equal('times.0.day');
  });

  it('clashes only on the same day with overlapping half-open intervals', () => {
    const m = (day: 'MON' | 'TUE', start: string, end: string): MeetingTime => ({ day, start, end });
    expect(meetingsClash(m('MON', '09:00', '10:30'), m('MON', '10:00', '11:00'))).to.equal(true);
    expect(meetingsClash(m('MON', '09:00', '10:30'), m('MON', '10:30', '12:00'))).to.equal(false);
    expect(meetingsClash(m('MON', '09:00', '12:00'), m('MON', '10:00', '11:00'))).to.equal(true);
    expect(meetingsClash(m('MON', '09:00', '10:30'), m('TUE', '09:00', '10:30'))).to.equal(false);
  });
});

describe('Rating and the average', () => {
  it('accepts whole numbers 1 to 5', () => {
    expect(Rating.parse(1)).to.equal(1);
    for (const bad of [0, 6, 2.5, Number.NaN]) expect(() => Rating.parse(bad)).to.throw(ValidationFailed);
  });

  it('rounds the mean to one decimal and is null without reviews', () => {
    expect(averageRating(0, 0)).to.equal(null);
    expect(averageRating(13, 3)).to.equal(4.3);
    expect(averageRating(7, 2)).to.equal(3.5);
  });

  it('lets only the author change a review', () => {
    const review = Review.create(
      { id: ReviewId('r'), courseId: CourseId('c'), authorId: UserId('a'), rating: 4, content: 'good' },
      NOW,
    );
    expect(codeOf(() => review.assertAuthor(UserId('b')))).to.equal('NOT_AUTHOR');
    review.edit({ rating: 2 }, NOW);
    expect(review.rating).to.equal(2);
  });
});

describe('FriendRequest', () => {
  it('refuses a request to oneself', () => {
    expect(
      codeOf(() =>
        FriendRequest.create(
          { id: FriendRequestId('f'), requesterId: UserId('a'), addresseeId: UserId('a') },
          NOW,
        ),
      ),
    ).to.equal('CANNOT_FRIEND_SELF');
  });

  it('lets only the addressee accept, and either side remove; to others it does not exist', () => {
    const request = FriendRequest.create(
      { id: FriendRequestId('f'), requesterId: UserId('a'), addresseeId: UserId('b') },
      NOW,
    );
    request.assertAcceptableBy(UserId('b'));
    expect(codeOf(() => request.assertAcceptableBy(UserId('a')))).to.equal('FRIEND_REQUEST_NOT_FOUND');
    request.assertRemovableBy(UserId('a'));
    request.assertRemovableBy(UserId('b'));
    expect(codeOf(() => request.assertRemovableBy(UserId('c')))).to.equal('FRIEND_REQUEST_NOT_FOUND');
  });

  it('orders a pair canonically, whoever asks', () => {
    expect(friendPair(UserId('b'), UserId('a'))).to.deep.equal(friendPair(UserId('a'), UserId('b')));
  });
});

describe('Timetable', () => {
  const timetable = (visibility: 'private' | 'friends' | 'public' = 'private') =>
    Timetable.create(
      {
        id: TimetableId('t'),
        ownerId: UserId('o'),
        semester: '2026-1',
        name: '시간표1',
        visibility,
        isPrimary: true,
      },
      NOW,
    );

  it('picks the first free default name', () => {
    expect(TimetableName.firstFree([])).to.equal('시간표1');
    expect(TimetableName.firstFree(['시간표1', '시간표3'])).to.equal('시간표2');
  });

  it('applies the add checks in order: school, semester, already added, clashes (all named)', () => {
    const t = timetable();
    const a = course('a', [{ day: 'MON', start: '09:00', end: '10:30' }]);
    const b = course('b', [{ day: 'MON', start: '10:30', end: '12:00' }]);
    const wide = course('w', [{ day: 'MON', start: '10:00', end: '11:00' }]);
    expect(
      codeOf(() =>
        t.assertCanAdd(
          course('x', [], { schoolId: SchoolId('other'), semester: '2026-2' }),
          SchoolId('s1'),
          [],
        ),
      ),
    ).to.equal('COURSE_NOT_FOUND');
    expect(
      codeOf(() => t.assertCanAdd(course('y', [], { semester: '2026-2' }), SchoolId('s1'), [])),
    ).to.equal('SEMESTER_MISMATCH');
    try {
      t.assertCanAdd(wide, SchoolId('s1'), [a, b]);
      throw new Error('expected a conflict');
    } catch (error) {
      expect((error as { code: string }).code).to.equal('TIMETABLE_CONFLICT');
      expect((error as { details: { courseId: string }[] }).details.map((d) => d.courseId)).to.deep.equal([
        'a',
        'b',
      ]);
    }
    t.assertCanAdd(b, SchoolId('s1'), [a]);
  });

  it('is visible to its owner always, to friends when friends-only, to everyone when public', () => {
    expect(codeOf(() => timetable('private').assertVisibleTo(UserId('x'), true))).to.equal(
      'TIMETABLE_NOT_FOUND',
    );
    timetable('private').assertVisibleTo(UserId('o'), false);
    timetable('friends').assertVisibleTo(UserId('x'), true);
    expect(codeOf(() => timetable('friends').assertVisibleTo(UserId('x'), false))).to.equal(
      'TIMETABLE_NOT_FOUND',
    );
    timetable('public').assertVisibleTo(UserId('x'), false);
  });

  it('passes the primary mark to the oldest remaining timetable', () => {
    const older = { ...timetable().snapshot(), id: TimetableId('b'), createdAt: new Date('2026-01-01') };
    const newer = { ...timetable().snapshot(), id: TimetableId('a'), createdAt: new Date('2026-02-01') };
    expect(PrimaryPolicy.successor([newer, older])?.id).to.equal('b');
    expect(PrimaryPolicy.successor([])).to.equal(null);
    expect(PrimaryPolicy.isFirst([])).to.equal(true);
  });
});
