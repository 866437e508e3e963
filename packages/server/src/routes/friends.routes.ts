import type { FriendsUseCases } from '@campus/application';
import { z } from 'zod';
import { Reply, defineRoute, type AnyRoute } from '../http/route.js';
import { presentFriend, presentFriendRequest } from '../presenters/friends.presenter.js';
import {
  friendRequestSchema,
  friendSchema,
  requestParams,
  userIdParams,
  usernameBody,
} from './friends.schemas.js';

export function friendRoutes(uc: FriendsUseCases): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/friends/requests',
      tag: 'Friends',
      auth: true,
      body: usernameBody,
      status: 201,
      summary: 'Ask a user to be friends (201), or accept their pending request to me (200)',
      response: z.union([friendRequestSchema, friendSchema]),
      errors: [
        'VALIDATION_FAILED',
        'USER_NOT_FOUND',
        'CANNOT_FRIEND_SELF',
        'ALREADY_FRIENDS',
        'FRIEND_REQUEST_EXISTS',
      ],
      handle: async ({ actor, body }) => {
        const outcome = await uc.sendFriendRequest.execute({ actor, username: body.username });
        return outcome.kind === 'accepted'
          ? new Reply(200, presentFriend(outcome.friendship))
          : new Reply(201, presentFriendRequest(outcome.request));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/friends/requests',
      tag: 'Friends',
      summary: 'My pending requests, both ways',
      auth: true,
      status: 200,
      response: z.object({ incoming: z.array(friendRequestSchema), outgoing: z.array(friendRequestSchema) }),
      errors: [],
      handle: async ({ actor }) => {
        const { incoming, outgoing } = await uc.listFriendRequests.execute({ actor });
        return { incoming: incoming.map(presentFriendRequest), outgoing: outgoing.map(presentFriendRequest) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/friends/requests/:id/accept',
      tag: 'Friends',
      summary: 'Accept a request to me',
      auth: true,
      params: requestParams,
      status: 200,
      response: friendSchema,
      errors: ['FRIEND_REQUEST_NOT_FOUND', 'ALREADY_FRIENDS'],
      handle: async ({ actor, params }) =>
        presentFriend(await uc.acceptFriendRequest.execute({ actor, requestId: params.id })),
    }),
    defineRoute({
      method: 'delete',
      path: '/friends/requests/:id',
      tag: 'Friends',
      summary: 'Decline a request to me, or cancel mine',
      auth: true,
      params: requestParams,
      status: 204,
      errors: ['FRIEND_REQUEST_NOT_FOUND'],
      handle: ({ actor, params }) => uc.deleteFriendRequest.execute({ actor, requestId: params.id }),
    }),
    defineRoute({
      method: 'get',
      path: '/friends',
      tag: 'Friends',
      summary: 'My friends',
      auth: true,
      status: 200,
      response: z.array(friendSchema),
      errors: [],
      handle: async ({ actor }) => (await uc.listFriends.execute({ actor })).map(presentFriend),
    }),
    defineRoute({
      method: 'delete',
      path: '/friends/:userId',
      tag: 'Friends',
      summary: 'End a friendship',
      auth: true,
      params: userIdParams,
      status: 204,
      errors: ['NOT_FRIENDS'],
      handle: ({ actor, params }) => uc.removeFriend.execute({ actor, userId: params.userId }),
    }),
  ];
}
