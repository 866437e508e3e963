import { expect } from 'chai';
import {
  Credits,
  MeetingTimes,
  Rating,
  Semester,
  ValidationFailed,
  averageRating,
  meetingsClash,
  type MeetingTime,
} from '../../src/index.js';

function pathOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationFailed);
    return (error as ValidationFailed).details?.[0]?.path;
  }
  throw new Error('expected VALIDATION_FAILED');
}

const m = (day: MeetingTime['day'], start: string, end: string): MeetingTime => ({ day, start, end });

describe('Semester', () => {
  it('given YYYY-1, YYYY-2, YYYY-summer or YYYY-winter, then it is accepted as is', () => {
    for (const ok of ['2026-1', '2026-2', '2026-summer', '2026-winter'])
      expect(Semester.parse(ok)).to.equal(ok);
  });

  it('given anything else, then VALIDATION_FAILED on semester', () => {
    for (const bad of ['2026-3', '2026-fall', '26-1', '2026-1 ', '2026-Summer', ''])
      expect(pathOf(() => Semester.parse(bad))).to.equal('semester');
  });
});

describe('MeetingTimes', () => {
  it('given valid meetings, then they are kept, rooms trimmed and empty rooms dropped', () => {
    expect(
      MeetingTimes.parse([
        { day: 'MON', start: '00:00', end: '23:59', room: ' 101 ' },
        { day: 'SUN', start: '09:00', end: '10:00', room: '  ' },
      ]),
    ).to.deep.equal([
      { day: 'MON', start: '00:00', end: '23:59', room: '101' },
      { day: 'SUN', start: '09:00', end: '10:00' },
    ]);
  });

  it('given a bad day, then VALIDATION_FAILED naming that meeting’s day', () => {
    expect(
      pathOf(() => MeetingTimes.parse([m('MON', '09:00', '10:00'), m('XXX' as 'MON', '09:00', '10:00')])),
    ).to.equal('times.1.day');
  });

  it('given a time outside 00:00–23:59 or not HH:MM, then VALIDATION_FAILED naming it (24:00 is refused too)', () => {
    expect(pathOf(() => MeetingTimes.parse([m('MON', '09:00', '24:00')]))).to.equal('times.0.end');
    expect(pathOf(() => MeetingTimes.parse([m('MON', '9:00', '10:00')]))).to.equal('times.0.start');
    expect(pathOf(() => MeetingTimes.parse([m('MON', '09:60', '10:00')]))).to.equal('times.0.start');
  });

  it('given a meeting that does not start before it ends, then VALIDATION_FAILED on it', () => {
    expect(pathOf(() => MeetingTimes.parse([m('MON', '10:00', '10:00')]))).to.equal('times.0');
    expect(pathOf(() => MeetingTimes.parse([m('MON', '11:00', '10:00')]))).to.equal('times.0');
  });

  it('given more than 14 meetings, then VALIDATION_FAILED on times', () => {
    expect(
      pathOf(() => MeetingTimes.parse(Array.from({ length: 15 }, () => m('MON', '09:00', '10:00')))),
    ).to.equal('times');
  });
});

describe('meetingsClash', () => {
  it('given the same day and overlapping [start, end), then they clash', () => {
    expect(meetingsClash(m('MON', '09:00', '10:30'), m('MON', '10:00', '11:00'))).to.equal(true);
    expect(meetingsClash(m('MON', '09:00', '12:00'), m('MON', '10:00', '11:00'))).to.equal(true);
    expect(meetingsClash(m('MON', '10:00', '11:00'), m('MON', '09:00', '12:00'))).to.equal(true);
  });

  it('given back-to-back meetings or different days, then they do not clash', () => {
    expect(meetingsClash(m('MON', '09:00', '10:30'), m('MON', '10:30', '12:00'))).to.equal(false);
    expect(meetingsClash(m('MON', '10:30', '12:00'), m('MON', '09:00', '10:30'))).to.equal(false);
    expect(meetingsClash(m('MON', '09:00', '10:30'), m('TUE', '09:00', '10:30'))).to.equal(false);
  });
});

describe('Rating and Credits', () => {
  it('given a whole number 1 to 5, then it is a rating; otherwise VALIDATION_FAILED on rating', () => {
    for (const ok of [1, 3, 5]) expect(Rating.parse(ok)).to.equal(ok);
    for (const bad of [0, 6, 2.5, Number.NaN]) expect(pathOf(() => Rating.parse(bad))).to.equal('rating');
  });

  it('given a whole number 0 to 9, then it is credits; otherwise VALIDATION_FAILED on credits', () => {
    for (const ok of [0, 3, 9]) expect(Credits.parse(ok)).to.equal(ok);
    for (const bad of [-1, 10, 1.5]) expect(pathOf(() => Credits.parse(bad))).to.equal('credits');
  });
});

describe('averageRating', () => {
  it('given no reviews, then null', () => {
    expect(averageRating(0, 0)).to.equal(null);
  });

  it('given counters, then the mean rounded to one decimal', () => {
    expect(averageRating(13, 3)).to.equal(4.3);
    expect(averageRating(7, 2)).to.equal(3.5);
    expect(averageRating(11, 3)).to.equal(3.7);
    expect(averageRating(5, 1)).to.equal(5);
  });
});
