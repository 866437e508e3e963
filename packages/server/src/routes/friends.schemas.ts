import { FriendRequestNotFound, NotFriends } from '@campus/domain';
import { resourceId } from '../http/resource-id.js';
import { z } from '../openapi/zod-extension.js';
import { userSchema } from './identity.schemas.js';

export const usernameBody = z.strictObject({ username: z.string().min(1).max(100) });
export const requestParams = z.strictObject({ id: resourceId(() => new FriendRequestNotFound()) });
export const userIdParams = z.strictObject({ userId: resourceId(() => new NotFriends()) });
export const friendRequestSchema = z
  .object({
    id: z.string(),
    from: userSchema,
    to: userSchema,
    createdAt: z.iso.datetime(),
  })
  .openapi('FriendRequest');
export const friendSchema = z.object({ friend: userSchema, since: z.iso.datetime() }).openapi('Friendship');
export const friendRequestsSchema = z
  .object({ incoming: z.array(friendRequestSchema), outgoing: z.array(friendRequestSchema) })
  .openapi('FriendRequests');
