export {
  accountDeletionUseCases,
  type AccountDeletionUseCases,
  erasureSteps,
} from './account-deletion.use-cases.js';
export { DeleteAccount, type DeleteAccountInput } from './delete-account.use-case.js';
export { ErasureSteps } from './erasure-steps.js';
