import { ConversationNotFound, MessageNotFound } from '@campus/domain';
import { pageQuery } from '../http/pagination.js';
import { resourceId } from '../http/resource-id.js';
import { z } from '../openapi/zod-extension.js';
import { pageOf } from './board.schemas.js';
import { userSchema } from './identity.schemas.js';

export const conversationParams = z.strictObject({ id: resourceId(() => new ConversationNotFound()) });
export const messageParams = z.strictObject({ id: resourceId(() => new MessageNotFound()) });
export const messagesPageQuery = z.strictObject({ ...pageQuery });

const content = z.string().min(1).max(1000).openapi({ description: '1–1000 characters.' });
const anyId = z.string().min(1);

export const sendMessageBody = z
  .strictObject({
    content,
    toUsername: z.string().min(1).max(100).optional().openapi({ description: 'To this member.' }),
    postId: anyId.optional().openapi({ description: 'To the author of this post.' }),
    commentId: anyId.optional().openapi({ description: 'To the author of this comment.' }),
    isAnonymous: z.boolean().default(true).openapi({
      description: 'Shown to the recipient as `익명` (with the post as `about`), never by account.',
    }),
  })
  .refine(
    (body) => [body.toUsername, body.postId, body.commentId].filter((v) => v !== undefined).length === 1,
    { message: 'Send exactly one of toUsername, postId and commentId.', path: ['toUsername'] },
  )
  .openapi({ description: '`content` and exactly one of `toUsername`, `postId`, `commentId`.' });

export const replyBody = z.strictObject({ content });

export const messageSchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    content: z.string(),
    isMine: z.boolean(),
    sentAt: z.iso.datetime(),
  })
  .openapi('Message');

export const conversationSchema = z
  .object({
    id: z.string(),
    peer: z
      .object({
        label: z
          .string()
          .openapi({ description: 'A nickname, or the label I saw: `익명`, `익명3`, `익명(글쓴이)`.' }),
        isAnonymous: z.boolean(),
        user: z
          .union([userSchema, z.null()])
          .openapi({ description: '`null` when the other side is anonymous.' }),
      })
      .openapi({ description: 'The other side, as I see it.' }),
    about: z
      .object({ postId: z.string(), title: z.string() })
      .nullable()
      .openapi({ description: 'The post it was started from (a comment’s post), as its title was then.' }),
    lastMessage: z.object({ content: z.string(), sentAt: z.iso.datetime(), isMine: z.boolean() }).nullable(),
    unreadCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Conversation');

export const sentSchema = z
  .object({ conversation: conversationSchema, message: messageSchema })
  .openapi('MessageSent');
export const conversationPageSchema = pageOf(conversationSchema, 'ConversationPage');
export const messagePageSchema = pageOf(messageSchema, 'MessagePage');
