import { ValidationFailed } from '../shared/errors.js';

const FORMAT = /^(\d{4})-([12])$/;

/**
 * A half-year season for BEST lists: `YYYY-1` is January–June, `YYYY-2` July–December, both in
 * UTC. A post belongs to the season of its creation time.
 */
export class Season {
  private constructor(
    readonly year: number,
    readonly half: 1 | 2,
  ) {}

  static parse(value: string): Season {
    const match = FORMAT.exec(value);
    if (!match) throw new ValidationFailed('season', 'Use YYYY-1 (January–June) or YYYY-2 (July–December).');
    return new Season(Number(match[1]), match[2] === '1' ? 1 : 2);
  }

  static of(date: Date): Season {
    return new Season(date.getUTCFullYear(), date.getUTCMonth() < 6 ? 1 : 2);
  }

  /** Inclusive start of the season. */
  get start(): Date {
    return new Date(Date.UTC(this.year, this.half === 1 ? 0 : 6, 1));
  }

  /** Exclusive end: the start of the next season. */
  get end(): Date {
    return this.half === 1 ? new Date(Date.UTC(this.year, 6, 1)) : new Date(Date.UTC(this.year + 1, 0, 1));
  }

  contains(date: Date): boolean {
    const t = date.getTime();
    return t >= this.start.getTime() && t < this.end.getTime();
  }

  toString(): string {
    return `${this.year}-${this.half}`;
  }
}
