import { API } from './api.js';
import { startTestApp } from './test-app.js';

export interface Example {
  summary?: string;
  value?: unknown;
  $ref?: string;
}
export interface MediaType {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, Example>;
}
export interface Operation {
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: { in: string; name: string; required?: boolean; example?: unknown }[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
}
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; examples?: Record<string, Example> };
}

/** The document as the server serves it. */
export async function servedDocument(): Promise<OpenApiDocument> {
  const app = await startTestApp('memory');
  try {
    return (await app.http.get(`${API}/openapi.json`).expect(200)).body as OpenApiDocument;
  } finally {
    await app.close();
  }
}

/** Every operation, with its method and its path relative to the API base (`/posts/{postId}`). */
export function operationsOf(document: OpenApiDocument): { method: string; path: string; op: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({ method, path: path.slice(API.length), op })),
  );
}
