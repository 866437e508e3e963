import { PASSWORD_RESET_TOKEN_REPOSITORY, RESET_ACCOUNT_LOOKUP } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { initPasswordResetModels } from './password-reset.models.js';
import {
  SequelizePasswordResetTokenRepository,
  SequelizeResetAccountLookup,
} from './sequelize-password-reset-repositories.js';

/** Reset tokens and the account look-up by e-mail on Sequelize. */
export const sequelizePasswordReset: AdapterModule<SequelizeHandle> = ({ sequelize, transactions }) => [
  provide(
    PASSWORD_RESET_TOKEN_REPOSITORY,
    new SequelizePasswordResetTokenRepository(initPasswordResetModels(sequelize), transactions),
  ),
  provide(RESET_ACCOUNT_LOOKUP, new SequelizeResetAccountLookup(sequelize, transactions)),
];
