import type { FriendsUseCases } from '@campus/application';
import { z } from 'zod';
import { EXAMPLE_FRIENDSHIP, EXAMPLE_FRIEND_REQUEST } from '../openapi/examples.js';
import { Reply, defineRoute, type AnyRoute } from '../http/route.js';
import { presentFriend, presentFriendRequest } from '../presenters/friends.presenter.js';
import { STANDING_ERRORS } from './verification.schemas.js';
import {
  friendRequestSchema,
  friendRequestsSchema,
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
      description:
        'Sends a friend request to the member named by `username` (201). If that member has already sent me a pending request, it is accepted instead and the friendship is answered (200). Between two members where either blocked the other by username (or from named content), `403 BLOCKED`, whichever side asks.',
      response: friendRequestSchema,
      otherSuccess: {
        status: 200,
        summary: 'That user had already asked me: their request is accepted instead',
        response: friendSchema,
        example: EXAMPLE_FRIENDSHIP,
      },
      errors: [
        'VALIDATION_FAILED',
        'USER_NOT_FOUND',
        'CANNOT_FRIEND_SELF',
        'BLOCKED',
        'ALREADY_FRIENDS',
        'FRIEND_REQUEST_EXISTS',
        ...STANDING_ERRORS,
        'TOO_FAST',
      ],
      examples: { request: { username: 'junho_park' }, response: EXAMPLE_FRIEND_REQUEST },
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
      description: 'Requests sent to me (`incoming`) and by me (`outgoing`) that are still pending.',
      auth: true,
      status: 200,
      response: friendRequestsSchema,
      errors: [],
      examples: { response: { incoming: [], outgoing: [EXAMPLE_FRIEND_REQUEST] } },
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
      description:
        'Only the member the request was sent to can accept it; to anyone else it is `404 FRIEND_REQUEST_NOT_FOUND`. A request made before either of the two blocked the other by username cannot be accepted after: `403 BLOCKED`.',
      auth: true,
      params: requestParams,
      status: 200,
      response: friendSchema,
      errors: ['FRIEND_REQUEST_NOT_FOUND', 'BLOCKED', 'ALREADY_FRIENDS'],
      examples: { response: EXAMPLE_FRIENDSHIP },
      handle: async ({ actor, params }) =>
        presentFriend(await uc.acceptFriendRequest.execute({ actor, requestId: params.id })),
    }),
    defineRoute({
      method: 'delete',
      path: '/friends/requests/:id',
      tag: 'Friends',
      summary: 'Decline a request to me, or cancel mine',
      description: 'The addressee declines it, or the requester cancels it.',
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
      description: 'My friends, with the time each friendship began.',
      auth: true,
      status: 200,
      response: z.array(friendSchema),
      errors: [],
      examples: { response: [EXAMPLE_FRIENDSHIP] },
      handle: async ({ actor }) => (await uc.listFriends.execute({ actor })).map(presentFriend),
    }),
    defineRoute({
      method: 'delete',
      path: '/friends/:userId',
      tag: 'Friends',
      summary: 'End a friendship',
      description: 'Ends the friendship, for both sides.',
      auth: true,
      params: userIdParams,
      status: 204,
      errors: ['NOT_FRIENDS'],
      handle: ({ actor, params }) => uc.removeFriend.execute({ actor, userId: params.userId }),
    }),
  ];
}
