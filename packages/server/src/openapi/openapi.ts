import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { API_BASE } from '../http/app.js';
import { notFoundOf } from '../http/resource-id.js';
import { isCreating, type AnyRoute, type SchemasOf } from '../http/route.js';
import { ERROR_STATUS } from './error-codes.js';

extendZodWithOpenApi(z);

const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .array(z.object({ path: z.string(), message: z.string(), courseId: z.string().optional() }))
      .optional(),
  }),
});

/** Every request may meet these, whatever the route. */
const ALWAYS = ['INTERNAL', 'SERVICE_UNAVAILABLE'];
const WITH_BODY = ['MALFORMED_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'];
const IDEMPOTENT = ['VALIDATION_FAILED', 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_KEY_IN_USE'];

const idempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .regex(/^[\x20-\x7e]{1,255}$/)
    .optional()
    .openapi({
      description:
        'Makes a retry safe: the same key with the same request within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing more. Scoped to the user (for signup, to the key alone). The same key with another request: 422 IDEMPOTENCY_KEY_REUSED; while the first is still running: 409 IDEMPOTENCY_KEY_IN_USE.',
    }),
});
const replayedHeader = {
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string' as const, enum: ['true'] },
  },
};

/** Builds the OpenAPI 3.1 document from the same route table and schemas that serve requests. */
export function openApiDocument(routes: readonly AnyRoute[], version: string): object {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  const error = registry.register('Error', errorBody);
  for (const route of routes) {
    const schemas = route as SchemasOf;
    const codes = [
      ...route.errors,
      ...idNotFoundCodes(schemas.params),
      ...(route.auth ? ['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'SESSION_REVOKED', 'SESSION_EXPIRED'] : []),
      ...(route.body ? WITH_BODY : []),
      ...(isCreating(route) ? IDEMPOTENT : []),
      ...ALWAYS,
    ];
    const responses: Record<
      string,
      {
        description: string;
        content?: Record<string, { schema: z.ZodType }>;
        headers?: typeof replayedHeader;
      }
    > = {
      [route.status]: {
        description: route.summary,
        ...(route.status === 204 || !route.response
          ? {}
          : { content: { 'application/json': { schema: route.response } } }),
        ...(isCreating(route) ? { headers: replayedHeader } : {}),
      },
    };
    for (const [status, group] of groupByStatus(codes)) {
      responses[status] = {
        description: group.join(', '),
        content: { 'application/json': { schema: error } },
      };
    }
    registry.registerPath({
      method: route.method,
      path: API_BASE + route.path.replace(/:(\w+)/g, '{$1}'),
      tags: [route.tag],
      summary: route.summary,
      operationId: `${route.method}${route.path.replace(/[/:](\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
      security: route.auth ? [{ [bearer.name]: [] }] : [],
      request: {
        params: schemas.params,
        query: schemas.query,
        headers: isCreating(route) ? idempotencyHeaders : undefined,
        body: schemas.body
          ? { required: true, content: { 'application/json': { schema: schemas.body } } }
          : undefined,
      },
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'campus API',
      version,
      description: 'University community API: boards, courses, timetables.',
    },
    servers: [{ url: '/' }],
  });
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
