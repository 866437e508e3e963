import { BlockNotFound } from '@campus/domain';
import { pageQuery } from '../http/pagination.js';
import { resourceId } from '../http/resource-id.js';
import { z } from '../openapi/zod-extension.js';
import { pageOf } from './board.schemas.js';

export const usernameParams = z.strictObject({ username: z.string().min(1).max(100) });
export const blockParams = z.strictObject({ blockId: resourceId(() => new BlockNotFound()) });
export const blocksQuery = z.strictObject({ ...pageQuery });

export const blockSchema = z
  .object({
    id: z.string(),
    label: z.string().openapi({
      description:
        'The author as I saw them when I blocked: `익명`, `익명3`, `익명(글쓴이)` or a nickname. Never an account id or username.',
    }),
    createdAt: z.iso.datetime(),
  })
  .openapi('Block');
export const blocksPageSchema = pageOf(blockSchema, 'BlockPage');
