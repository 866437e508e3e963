import { z } from 'zod';

/** The 404 of each path segment declared as a resource's id. */
const NOT_FOUND = new WeakMap<z.ZodType, () => Error>();

/**
 * A path segment that names a resource by its id. Any string is accepted here, since an id that
 * names nothing is its resource's 404, not a 400; `mount` answers that 404 at once when the id is
 * not spelled as the server issues ids. (Ids in bodies are left to the use cases, which judge the
 * path's resource first: a reply's parent only once its post is found.)
 */
export function resourceId(notFound: () => Error): z.ZodString {
  const schema = z.string().min(1);
  NOT_FOUND.set(schema, notFound);
  return schema;
}

/** The 404 a path segment answers when its id is not canonical; undefined for other segments. */
export function notFoundOf(schema: unknown): (() => Error) | undefined {
  return schema instanceof z.ZodType ? NOT_FOUND.get(schema) : undefined;
}

/**
 * The check of a route's path ids, made once per route: it throws the resource's 404 for the first
 * id among the path's values that is not canonical. Such an id names nothing, and it is not handed
 * on: a store whose comparison pads or folds it (MySQL finds `'<id> '` as `'<id>'`) would find a
 * row by it, and a cache would keep an entry under it.
 */
export function canonicalIdCheck(
  schema: z.ZodObject | undefined,
  isCanonical: (id: string) => boolean,
): (params: Record<string, string>) => void {
  const ids: [name: string, notFound: () => Error][] = [];
  for (const [name, field] of Object.entries(schema?.shape ?? {})) {
    const notFound = notFoundOf(field);
    if (notFound) ids.push([name, notFound]);
  }
  return (params) => {
    for (const [name, notFound] of ids) {
      const value = params[name];
      if (value !== undefined && !isCanonical(value)) throw notFound();
    }
  };
}
