import { FriendRequestNotFound, NotFriends } from '@campus/domain';
import { z } from 'zod';
import { resourceId } from '../http/resource-id.js';
import { userSchema } from './identity.schemas.js';

export const usernameBody = z.strictObject({ username: z.string().min(1).max(100) });
export const requestParams = z.strictObject({ id: resourceId(() => new FriendRequestNotFound()) });
export const userIdParams = z.strictObject({ userId: resourceId(() => new NotFriends()) });

export const friendRequestSchema = z.object({
  id: z.string(),
  from: userSchema,
  to: userSchema,
  createdAt: z.iso.datetime(),
});
export const friendSchema = z.object({ friend: userSchema, since: z.iso.datetime() });
