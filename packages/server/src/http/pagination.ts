import { MAX_KEYSET_VALUE, MAX_PAGE_LIMIT, type Keyset, type PageRequest } from '@campus/domain';
import { z } from 'zod';
import { isShared } from '@campus/application';
import { jsonWriterOf, keptFor } from '../presenters/shared-json.js';
import { JsonBody } from './json-body.js';

/** The cursor written for each keyset a cached page holds: every reader of the page sends it. */
const cursors = new WeakMap<Keyset, { value: number; id: string; cursor: string }>();

/** Cursors are opaque to clients: base64url of the keyset of the last item of the previous page. */
export function encodeCursor(keyset: Keyset): string {
  const known = cursors.get(keyset);
  if (known?.value === keyset.value && known.id === keyset.id) return known.cursor;
  const cursor = Buffer.from(JSON.stringify([keyset.value, keyset.id])).toString('base64url');
  cursors.set(keyset, { value: keyset.value, id: keyset.id, cursor });
  return cursor;
}

// The domain's rules for a page request (`checkPageRequest`), written as the schema of the query.
const keysetTuple = z.tuple([
  z.number().int().min(-MAX_KEYSET_VALUE).max(MAX_KEYSET_VALUE),
  z.string().min(1).max(100),
]);

function decodeCursor(cursor: string): Keyset | null {
  try {
    const parsed = keysetTuple.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { value: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** `limit` (1..50, default 20) and `cursor`, turned into a PageRequest. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(20),
  cursor: z
    .string()
    .max(400)
    .transform((cursor, ctx) => {
      const keyset = decodeCursor(cursor);
      if (!keyset) ctx.addIssue({ code: 'custom', message: 'Not a cursor from a previous page.' });
      return keyset ?? undefined;
    })
    .optional(),
};

export function pageRequest(query: { limit: number; cursor?: Keyset | undefined }): PageRequest {
  return { limit: query.limit, after: query.cursor ?? null };
}

/** A page as the use cases answer it; one that readers share is readonly all the way down. */
interface PageView<T> {
  readonly items: readonly T[];
  readonly next: Keyset | null;
}

const OPEN = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');

function writePage<T extends object, R>(page: PageView<T>, present: (item: T) => R): Buffer {
  const nextCursor = page.next ? encodeCursor(page.next) : null;
  // Items nobody else reads (a page read from the database for this request) are written at once.
  if (!page.items.some((item) => isShared(item)))
    return Buffer.from(JSON.stringify({ items: page.items.map(present), nextCursor }));
  const write = jsonWriterOf(present);
  const parts: Buffer[] = [OPEN];
  page.items.forEach((item, i) => parts.push(...(i === 0 ? [] : [COMMA]), write(item)));
  parts.push(Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}}`));
  return Buffer.concat(parts);
}

const pageWriters = new WeakMap<object, (page: PageView<object>) => Buffer>();

/**
 * `{ items, nextCursor }`, written as JSON: items shared between readers are written once, and so
 * is a whole page that readers share (its bytes are sent to each of them and never changed).
 */
export function presentPage<T extends object, R>(page: PageView<T>, present: (item: T) => R): JsonBody {
  let writer = pageWriters.get(present);
  if (!writer) {
    writer = keptFor((shared: PageView<object>) => writePage(shared, present as (item: object) => R));
    pageWriters.set(present, writer);
  }
  return new JsonBody(writer(page));
}
