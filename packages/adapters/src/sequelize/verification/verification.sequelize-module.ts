import { EMAIL_OWNER_LOOKUP, VERIFICATION_CODE_REPOSITORY } from '@campus/domain';
import { provide, type AdapterModule } from '../../composition/provisions.js';
import type { SequelizeHandle } from '../sequelize-handle.js';
import {
  SequelizeEmailOwnerLookup,
  SequelizeVerificationCodeRepository,
} from './sequelize-verification-repositories.js';

/** Verification codes and the owner look-up by e-mail, in hand-written SQL. */
export const sequelizeVerification: AdapterModule<SequelizeHandle> = ({ sql }) => [
  provide(VERIFICATION_CODE_REPOSITORY, new SequelizeVerificationCodeRepository(sql)),
  provide(EMAIL_OWNER_LOOKUP, new SequelizeEmailOwnerLookup(sql)),
];
