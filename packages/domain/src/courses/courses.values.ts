import { ValidationFailed } from '../shared/errors.js';

const SEMESTER = /^(\d{4})-(1|2|summer|winter)$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Day = (typeof DAYS)[number];

export const Semester = {
  /** `YYYY-1`, `YYYY-2`, `YYYY-summer` or `YYYY-winter`. */
  parse(value: string, path = 'semester'): string {
    if (!SEMESTER.test(value))
      throw new ValidationFailed(path, 'Use YYYY-1, YYYY-2, YYYY-summer or YYYY-winter.');
    return value;
  },
};

export interface MeetingTime {
  day: Day;
  start: string;
  end: string;
  room?: string;
}

/** Minutes since midnight of an `HH:MM` time. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * `24:00` is not accepted, as a start or an end: a class that runs to midnight ends at `23:59`.
 * One format for both ends keeps times sortable as strings and the stored JSON simple.
 */
export const MeetingTimes = {
  /** Valid days and `HH:MM` times (00:00–23:59), each meeting starting before it ends; at most 14. */
  parse(times: readonly MeetingTime[], path = 'times'): MeetingTime[] {
    if (times.length > 14) throw new ValidationFailed(path, 'At most 14 meetings a week.');
    return times.map((time, i) => {
      if (!DAYS.includes(time.day)) throw new ValidationFailed(`${path}.${i}.day`, 'Use MON to SUN.');
      for (const key of ['start', 'end'] as const) {
        if (!TIME.test(time[key]))
          throw new ValidationFailed(`${path}.${i}.${key}`, 'Use HH:MM between 00:00 and 23:59.');
      }
      if (minutesOf(time.start) >= minutesOf(time.end)) {
        throw new ValidationFailed(`${path}.${i}`, 'A meeting must start before it ends.');
      }
      const room = time.room?.trim();
      return room
        ? { day: time.day, start: time.start, end: time.end, room }
        : { day: time.day, start: time.start, end: time.end };
    });
  },
};

/** Two meetings clash when they are on the same day and their [start, end) intervals overlap. */
export function meetingsClash(a: MeetingTime, b: MeetingTime): boolean {
  return a.day === b.day && minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
}

export const Rating = {
  parse(value: number, path = 'rating'): number {
    if (!Number.isInteger(value) || value < 1 || value > 5)
      throw new ValidationFailed(path, 'Use a whole number from 1 to 5.');
    return value;
  },
};

export const Credits = {
  parse(value: number, path = 'credits'): number {
    if (!Number.isInteger(value) || value < 0 || value > 9)
      throw new ValidationFailed(path, 'Use a whole number from 0 to 9.');
    return value;
  },
};

/** Trimmed text of 1 to `max` characters. */
export function text(value: string, path: string, max: number): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < 1 || length > max) throw new ValidationFailed(path, `Use 1 to ${max} characters.`);
  return trimmed;
}

/** The mean rating rounded to one decimal, null without reviews. */
export function averageRating(ratingSum: number, reviewCount: number): number | null {
  return reviewCount === 0 ? null : Math.round((ratingSum / reviewCount) * 10) / 10;
}
