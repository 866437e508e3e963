import { PASSWORD_RESET_TOKEN_REPOSITORY, RESET_ACCOUNT_LOOKUP } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { MemoryDatabase } from '../memory-database.js';
import {
  InMemoryPasswordResetTokenRepository,
  InMemoryResetAccountLookup,
} from './in-memory-password-reset-repositories.js';

/** Reset tokens and the account look-up by e-mail, in memory. */
export const memoryPasswordReset: AdapterModule<MemoryDatabase> = (db) => [
  provide(PASSWORD_RESET_TOKEN_REPOSITORY, new InMemoryPasswordResetTokenRepository(db)),
  provide(RESET_ACCOUNT_LOOKUP, new InMemoryResetAccountLookup(db)),
];
