/// <reference types="mocha" />
import type { IdentityPortsSetup } from './identity-fixtures.js';
import { departmentRepositoryContract, schoolRepositoryContract } from './school-repository.contract.js';
import { sessionRepositoryContract } from './session-repository.contract.js';
import { unitOfWorkContract } from './unit-of-work.contract.js';
import { userRepositoryContract } from './user-repository.contract.js';

export type { IdentityPorts, IdentityPortsSetup } from './identity-fixtures.js';
export { IdentityWorld } from './identity-fixtures.js';
export {
  departmentRepositoryContract,
  schoolRepositoryContract,
  sessionRepositoryContract,
  unitOfWorkContract,
  userRepositoryContract,
};

/** Every identity contract, and the unit of work's, against one implementation. */
export function identityContract(name: string, setup: IdentityPortsSetup): void {
  schoolRepositoryContract(name, setup);
  departmentRepositoryContract(name, setup);
  userRepositoryContract(name, setup);
  sessionRepositoryContract(name, setup);
  unitOfWorkContract(name, setup);
}
