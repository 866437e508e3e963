/// <reference types="mocha" />
import { timetableLockingContract } from './timetable-locking.contract.js';
import { timetableRepositoryContract } from './timetable-repository.contract.js';
import type { TimetablesPortsSetup } from './timetables-fixtures.js';

export type { TimetablesPorts, TimetablesPortsSetup } from './timetables-fixtures.js';
export { TimetablesWorld } from './timetables-fixtures.js';
export { timetableLockingContract, timetableRepositoryContract };

/** Every timetable contract against one implementation. */
export function timetablesContract(name: string, setup: TimetablesPortsSetup): void {
  timetableRepositoryContract(name, setup);
  timetableLockingContract(name, setup);
}
