import { EMAIL_OWNER_LOOKUP, VERIFICATION_CODE_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import {
  InMemoryEmailOwnerLookup,
  InMemoryVerificationCodeRepository,
} from './in-memory-verification-repositories.js';

/** Verification codes and the owner look-up by e-mail, in memory. */
export const memoryVerification: AdapterModule<MemoryDatabase> = (db) => [
  provide(VERIFICATION_CODE_REPOSITORY, new InMemoryVerificationCodeRepository(db)),
  provide(EMAIL_OWNER_LOOKUP, new InMemoryEmailOwnerLookup(db)),
];
