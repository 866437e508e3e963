import {
  ACCOUNT_REMOVAL,
  BLOCKS_ERASURE,
  BOARD_ERASURE,
  COURSES_ERASURE,
  ERASED_IDS,
  FRIENDS_ERASURE,
  LOGIN_THROTTLE_POLICY as THROTTLE,
  MESSAGES_ERASURE,
  TIMETABLES_ERASURE,
  UNIT_OF_WORK as UOW,
  USER_REPOSITORY as USERS,
} from '@campus/domain';
import { loginGuard } from '../identity/identity.use-cases.js';
import { useCase, type UseCasesOf } from '../shared/use-case.js';
import { DeleteAccount } from './delete-account.use-case.js';
import { ErasureSteps } from './erasure-steps.js';

/**
 * What a deletion erases, feature by feature, in one unit of work: a feature that keeps data about
 * members (blocks, conversations, notifications, …) adds its step's token here.
 */
export const erasureSteps = useCase(ErasureSteps, [
  FRIENDS_ERASURE,
  TIMETABLES_ERASURE,
  BOARD_ERASURE,
  COURSES_ERASURE,
  BLOCKS_ERASURE,
  MESSAGES_ERASURE,
]);

/** Deleting one's own account (`DELETE /me`). */
export const accountDeletionUseCases = {
  deleteAccount: useCase(DeleteAccount, [
    UOW,
    USERS,
    ACCOUNT_REMOVAL,
    erasureSteps,
    ERASED_IDS,
    loginGuard,
    THROTTLE,
  ]),
};

export type AccountDeletionUseCases = UseCasesOf<typeof accountDeletionUseCases>;
