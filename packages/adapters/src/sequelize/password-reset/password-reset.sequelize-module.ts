import { PASSWORD_RESET_TOKEN_REPOSITORY, RESET_ACCOUNT_LOOKUP } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import {
  SequelizePasswordResetTokenRepository,
  SequelizeResetAccountLookup,
} from './sequelize-password-reset-repositories.js';

/** Reset tokens and the account look-up by e-mail, in hand-written SQL. */
export const sequelizePasswordReset: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(PASSWORD_RESET_TOKEN_REPOSITORY, new SequelizePasswordResetTokenRepository(sql)),
  provide(RESET_ACCOUNT_LOOKUP, new SequelizeResetAccountLookup(sql)),
];
