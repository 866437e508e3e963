import { EMAIL_OWNER_LOOKUP, VERIFICATION_CODE_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import { initVerificationModels } from './verification.models.js';
import {
  SequelizeEmailOwnerLookup,
  SequelizeVerificationCodeRepository,
} from './sequelize-verification-repositories.js';

/** Verification codes and the owner look-up by e-mail on Sequelize. */
export const sequelizeVerification: AdapterModule<SequelizeHandle> = ({ sequelize, transactions }) => [
  provide(
    VERIFICATION_CODE_REPOSITORY,
    new SequelizeVerificationCodeRepository(initVerificationModels(sequelize), transactions),
  ),
  provide(EMAIL_OWNER_LOOKUP, new SequelizeEmailOwnerLookup(sequelize, transactions)),
];
