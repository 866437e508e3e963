import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig } from '@asteasolutions/zod-to-openapi';
import * as domain from '@campus/domain';
import { API_BASE } from '../http/app.js';
import { notFoundOf } from '../http/resource-id.js';
import { isCreating, type AnyRoute, type SchemasOf } from '../http/route.js';
import { ERROR_EXAMPLES, ERROR_STATUS, type ErrorExample } from './error-codes.js';
import { EXAMPLE_IDS } from './examples.js';
import { z } from './zod-extension.js';

const errorBody = z
  .object({
    error: z.object({
      code: z
        .string()
        .openapi({ description: 'Stable SNAKE_CASE code: branch on this, not on the message.' }),
      message: z.string().openapi({ description: 'For people; may change.' }),
      details: z
        .array(
          z.object({
            path: z.string(),
            message: z.string(),
            courseId: z
              .string()
              .optional()
              .openapi({ description: 'TIMETABLE_CONFLICT: the id of a course the new one clashes with.' }),
          }),
        )
        .optional()
        .openapi({ description: 'Which fields were wrong (validation), or what clashed.' }),
    }),
  })
  .openapi('Error', { description: 'Every error answer has this shape.' });

/** Every request may meet these, whatever the route: a query parameter the route does not take is a 400. */
const ALWAYS = ['VALIDATION_FAILED', 'INTERNAL', 'SERVICE_UNAVAILABLE'];
const WITH_BODY = ['MALFORMED_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'];
const IDEMPOTENT = ['VALIDATION_FAILED', 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_KEY_IN_USE'];
const AUTHENTICATED = ['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'SESSION_REVOKED', 'SESSION_EXPIRED'];

const TAGS = [
  { name: 'Auth', description: 'Accounts, logins and sessions: access tokens, rotating refresh tokens.' },
  { name: 'Account', description: 'The signed-in member’s own account.' },
  { name: 'Users', description: 'Other members’ public profiles.' },
  { name: 'Schools', description: 'Schools and their departments; admins add them.' },
  { name: 'Boards', description: 'The boards of a school; only its members read and write them.' },
  {
    name: 'Posts',
    description: 'Posts, anonymous by default, and every list of them: board pages, search, HOT, BEST.',
  },
  {
    name: 'Comments',
    description: 'Comments and one level of replies; anonymous commenters are numbered per post.',
  },
  { name: 'Reactions', description: 'Likes, scraps and reports of posts and comments.' },
  {
    name: 'Friends',
    description: 'Friend requests and friendships (they decide who sees `friends` timetables).',
  },
  { name: 'Courses', description: 'A school’s course catalogue, per semester.' },
  { name: 'Reviews', description: 'Course reviews: one per member and course, anonymous to others.' },
  { name: 'Timetables', description: 'Timetables of a semester, with clash checks and visibility.' },
  { name: 'Admin', description: 'What admins do to members: restrictions to reading.' },
  {
    name: 'Moderation',
    description:
      'Admins only: the queue of reported posts and comments, what they do with it, the audit trail.',
  },
  {
    name: 'Blocking',
    description:
      'Blocks by username or from a post or comment; they hide only what I had already tied together, never revealing who wrote anonymous content.',
  },
  {
    name: 'Messages',
    description:
      'Messages (쪽지) between members, anonymous both ways: a side started from anonymous content is only a label.',
  },
];

const idempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .regex(/^[\x20-\x7e]{1,255}$/)
    .optional()
    .openapi({
      description:
        'Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing more. Scoped to the user (for signup, to the key alone). The same key with another request: 422 IDEMPOTENCY_KEY_REUSED; while the first is still running: 409 IDEMPOTENCY_KEY_IN_USE.',
      example: '7f3c9a2e-5b14-4d8e-a6f1-0c2b9e4d7a35',
    }),
});
const replayedHeader = {
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string' as const, enum: ['true'] },
  },
};
const retryAfterHeader = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer' as const, minimum: 1 },
  },
};

/** Builds the OpenAPI 3.1 document from the same route table and schemas that serve requests. */
export function openApiDocument(routes: readonly AnyRoute[], version: string): object {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The `accessToken` of a login, signup or refresh.',
  });
  const error = registry.register('Error', errorBody);
  for (const route of routes) {
    const schemas = route as SchemasOf;
    const codes = [
      ...route.errors,
      ...idNotFoundCodes(schemas.params),
      ...(route.auth ? AUTHENTICATED : []),
      ...(route.body ? WITH_BODY : []),
      ...(isCreating(route) ? IDEMPOTENT : []),
      ...ALWAYS,
    ];
    const responses: Record<string, ResponseConfig> = {
      [route.status]: {
        description: route.summary,
        ...(route.status === 204 || !route.response
          ? {}
          : {
              content: {
                [route.mediaType ?? 'application/json']: {
                  schema: route.response,
                  example: route.examples?.response,
                },
              },
            }),
        ...(isCreating(route) ? { headers: replayedHeader } : {}),
      },
    };
    const other = route.otherSuccess;
    if (other) {
      responses[other.status] = {
        description: other.summary,
        content: { 'application/json': { schema: other.response, example: other.example } },
      };
    }
    for (const [status, group] of groupByStatus(codes)) {
      responses[status] = {
        description: group.join(', '),
        content: { 'application/json': { schema: error, examples: errorExamples(registry, group) } },
        ...(status === '429' || status === '503' ? { headers: retryAfterHeader } : {}),
      };
    }
    registry.registerPath({
      method: route.method,
      path: API_BASE + route.path.replace(/:(\w+)/g, '{$1}'),
      tags: [route.tag],
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      operationId: `${route.method}${route.path.replace(/[/:](\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
      security: route.auth ? [{ [bearer.name]: [] }] : [],
      request: {
        params: schemas.params,
        query: schemas.query,
        headers: isCreating(route) ? idempotencyHeaders : undefined,
        body: schemas.body
          ? {
              required: true,
              content: { 'application/json': { schema: schemas.body, example: route.examples?.request } },
            }
          : undefined,
      },
      responses,
    });
  }
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'campus API',
      version,
      description:
        'University community API: boards with anonymous posts and comments, friends, course reviews and timetables. JSON in and out; every error is `{ "error": { "code", "message", "details"? } }`; lists that grow are paged by `limit` and an opaque `cursor`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: TAGS,
  });
  addPathParameterExamples(document);
  return document;
}

/** The 404 of each id in the path, answered when the id is not canonical. */
function idNotFoundCodes(params: z.ZodObject | undefined): string[] {
  return Object.values(params?.shape ?? {}).flatMap((field) => {
    const error = notFoundOf(field)?.() as { code?: unknown } | undefined;
    return typeof error?.code === 'string' ? [error.code] : [];
  });
}

function groupByStatus(codes: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const code of new Set(codes)) {
    const status = String(ERROR_STATUS[code] ?? 500);
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return groups;
}

/** An example of each code, by reference: each is a component, written once in the document. */
function errorExamples(
  registry: OpenAPIRegistry,
  codes: readonly string[],
): Record<string, { $ref: string }> {
  return Object.fromEntries(
    codes.map((code) => {
      if (!registry.definitions.some((d) => d.type === 'component' && d.name === code)) {
        registry.registerComponent('examples', code, {
          summary: code,
          value: { error: { code, ...errorExample(code) } },
        });
      }
      return [code, { $ref: `#/components/examples/${code}` }];
    }),
  );
}

let fromDomain: Map<string, ErrorExample> | undefined;

/**
 * The answer with `code`: a domain error's own message and details where one needs no arguments.
 * A code with neither gets an empty message rather than stopping the server; a test asks for one.
 */
function errorExample(code: string): ErrorExample {
  fromDomain ??= domainErrorExamples();
  return ERROR_EXAMPLES[code] ?? fromDomain.get(code) ?? { message: '' };
}

function domainErrorExamples(): Map<string, ErrorExample> {
  const examples = new Map<string, ErrorExample>();
  for (const value of Object.values(domain)) {
    if (typeof value !== 'function' || value.length > 0) continue;
    if (!(value.prototype instanceof domain.DomainError)) continue;
    const error = new (value as new () => domain.DomainError)();
    if (examples.has(error.code)) continue;
    examples.set(error.code, {
      message: error.message,
      ...(error.details ? { details: error.details.map((d) => ({ ...d })) } : {}),
    });
  }
  return examples;
}

/** An example id for each id in a path, the same ids the examples of bodies use. */
function addPathParameterExamples(document: { paths?: object }): void {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(paths)) {
    // `id` names a timetable or a friend request, by the path it is in.
    const id = path.includes('/timetables/') ? EXAMPLE_IDS.timetable : EXAMPLE_IDS.friendRequest;
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) {
        const example =
          parameter.in !== 'path' ? undefined : parameter.name === 'id' ? id : PATH_EXAMPLES[parameter.name];
        if (example !== undefined) parameter.example = example;
      }
    }
  }
}

interface Operation {
  parameters?: { in: string; name: string; example?: unknown }[];
}

const PATH_EXAMPLES: Record<string, string> = {
  schoolId: EXAMPLE_IDS.school,
  boardId: EXAMPLE_IDS.board,
  postId: EXAMPLE_IDS.post,
  commentId: EXAMPLE_IDS.comment,
  courseId: EXAMPLE_IDS.course,
  reviewId: EXAMPLE_IDS.review,
  userId: EXAMPLE_IDS.junho,
  username: 'junho_park',
};
