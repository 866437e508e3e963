/// <reference types="mocha" />
import {
  Timetable,
  TimetableId,
  type CourseRepository,
  type SchoolRepository,
  type TimetableRepository,
  type TimetableState,
  type UnitOfWork,
  type User,
  type UserRepository,
} from '@campus/domain';
import { CatalogueWorld, at, withPorts } from '../courses/courses-fixtures.js';
import type { AfterCommit } from '../../cache/after-commit.js';

export { at, codeOf, concurrently } from '../courses/courses-fixtures.js';

/** The timetable port of one store, with the ports its rows refer to (foreign keys in SQL). */
export interface TimetablesPorts {
  schools: SchoolRepository;
  users: UserRepository;
  courses: CourseRepository;
  timetables: TimetableRepository;
  uow: UnitOfWork & AfterCommit;
  teardown?: () => Promise<void>;
}
/** Called before every test; ports on an empty store, or null to skip (service unreachable outside CI). */
export type TimetablesPortsSetup = () => Promise<TimetablesPorts | null>;

type NewTimetable = Partial<Omit<TimetableState, 'id' | 'ownerId' | 'courseIds' | 'createdAt'>>;

export class TimetablesWorld extends CatalogueWorld {
  constructor(override readonly ports: TimetablesPorts) {
    super(ports);
  }

  newTimetable(owner: User, input: NewTimetable = {}, createdAt = at(1)): Timetable {
    return Timetable.create(
      {
        id: TimetableId(this.id()),
        ownerId: owner.id,
        semester: '2026-1',
        name: `시간표 ${this.id().slice(-4)}`,
        visibility: 'private',
        isPrimary: false,
        ...input,
      },
      createdAt,
    );
  }

  async timetable(owner: User, input: NewTimetable = {}, createdAt = at(1)): Promise<Timetable> {
    const timetable = this.newTimetable(owner, input, createdAt);
    await this.ports.timetables.add(timetable);
    return timetable;
  }

  /** The ids of the owner's primary timetables of the semester: the invariant wants exactly one. */
  async primaries(owner: User, semester = '2026-1'): Promise<string[]> {
    return (await this.ports.timetables.listByOwner(owner.id, semester))
      .filter((t) => t.isPrimary)
      .map((t) => t.id);
  }
}

export const withTimetablesPorts = (setup: TimetablesPortsSetup) =>
  withPorts(setup, (ports) => new TimetablesWorld(ports));
