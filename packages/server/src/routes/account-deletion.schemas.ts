import { z } from '../openapi/zod-extension.js';

export const deleteAccountBody = z.strictObject({
  // Long enough that an over-long password is a 401 like any wrong one, not a 400 that tells it apart.
  password: z.string().min(1).max(1024).openapi({ description: 'The current password of the account.' }),
});
