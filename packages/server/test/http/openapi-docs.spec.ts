import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { operationsOf, servedDocument, type OpenApiDocument } from '../support/openapi-document.js';

const API_MD = new URL('../../../../docs/api.md', import.meta.url);

/** One row of an endpoint table of docs/api.md, for one method and path. */
interface DocumentedOperation {
  key: string;
  successes: string[];
  /** Status → the codes named with it; a status named without codes has none. */
  errors: Map<string, string[]>;
  /** Query parameters of a GET, and whether each is marked "(required)". */
  query: Map<string, boolean>;
  /** `status code` pairs the row's section states in its text, for all its rows. */
  sectionCodes: Set<string>;
}

const STATUS_AND_CODES = /(?<![\w.])([1-5]\d\d)(?![\w.])((?:\s+`[A-Z][A-Z0-9_]*`)*)/g;

function parseApiMd(markdown: string): { rows: DocumentedOperation[]; everywhere: Set<string> } {
  const rows: DocumentedOperation[] = [];
  const sections = new Map<string, Set<string>>();
  let section = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3);
    if (!line.startsWith('|')) {
      sections.set(section, new Set([...(sections.get(section) ?? []), ...proseCodes(line)]));
    }
  }
  section = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3);
    const cells = line.split('|').map((cell) => cell.trim());
    const first = cells[1] ?? '';
    const methods = first.match(/\b(GET|POST|PATCH|DELETE)\b/g);
    if (!methods || !line.startsWith('|')) continue;
    const paths = [...first.matchAll(/`(\/[^`]*)`/g)].map((m) => m[1]!.replace(/:(\w+)/g, '{$1}'));
    // "body" and "success" columns, then "errors": the success column may name errors too.
    const success = cells[cells.length - 3] ?? '';
    const errorsCell = cells[cells.length - 2] ?? '';
    const found = [...`${success} ; ${errorsCell}`.matchAll(STATUS_AND_CODES)].map((m) => ({
      status: m[1]!,
      codes: [...m[2]!.matchAll(/`([A-Z0-9_]+)`/g)].map((c) => c[1]!),
    }));
    const successes = found.filter((f) => f.status.startsWith('2')).map((f) => f.status);
    methods.forEach((method, i) => {
      // "PATCH / DELETE … | 200 / 204": one success per method, in order.
      const own = successes.length === methods.length && methods.length > 1 ? [successes[i]!] : successes;
      for (const path of paths) {
        const errors = new Map<string, string[]>();
        for (const { status, codes } of found.filter((f) => !f.status.startsWith('2'))) {
          errors.set(status, [...(errors.get(status) ?? []), ...codes]);
        }
        const query = new Map<string, boolean>();
        if (method === 'GET') {
          for (const m of (cells[2] ?? '').matchAll(/`([a-z][A-Za-z]*)`( \(required)?/g)) {
            query.set(m[1]!, m[2] !== undefined);
          }
        }
        rows.push({
          key: `${method.toLowerCase()} ${path}`,
          successes: [...new Set(own)].sort(),
          errors,
          query,
          sectionCodes: sections.get(section) ?? new Set(),
        });
      }
    });
  }
  return { rows, everywhere: sections.get('Conventions') ?? new Set() };
}

/** `403 NOT_SCHOOL_MEMBER` and the like in running text; joined lines, since one may wrap inside. */
let carried = '';
function proseCodes(line: string): string[] {
  const text = `${carried} ${line}`;
  carried = line;
  return [...text.matchAll(/`([1-5]\d\d) ([A-Z][A-Z0-9_]+)`/g)].map((m) => `${m[1]} ${m[2]}`);
}

describe('docs/api.md and the OpenAPI document', () => {
  let document: OpenApiDocument;
  let documented: DocumentedOperation[];
  let everywhere: Set<string>;
  before(async () => {
    document = await servedDocument();
    ({ rows: documented, everywhere } = parseApiMd(await readFile(API_MD, 'utf8')));
  });

  it('list the same operations', () => {
    const served = operationsOf(document)
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect(documented.map((d) => d.key).sort()).to.deep.equal(served);
  });

  it('give each operation the same success statuses', () => {
    const ops = new Map(operationsOf(document).map((o) => [`${o.method} ${o.path}`, o.op]));
    for (const row of documented) {
      const served = Object.keys(ops.get(row.key)?.responses ?? {}).filter((s) => s.startsWith('2'));
      expect(served.sort(), row.key).to.deep.equal(row.successes);
    }
  });

  it('document every error code of docs/api.md with the same status', () => {
    const ops = new Map(operationsOf(document).map((o) => [`${o.method} ${o.path}`, o.op]));
    for (const row of documented) {
      const responses = ops.get(row.key)?.responses ?? {};
      for (const [status, codes] of row.errors) {
        expect(responses, `${row.key}: ${status}`).to.have.property(status);
        const served = responses[status]!.description.split(', ');
        expect(served, `${row.key}: ${status}`).to.include.members(codes);
      }
    }
  });

  it('name in docs/api.md every error code the document gives an operation', () => {
    expect(everywhere).to.include.members(['400 VALIDATION_FAILED', '401 UNAUTHENTICATED', '500 INTERNAL']);
    const rows = new Map(documented.map((row) => [row.key, row]));
    for (const { method, path, op } of operationsOf(document)) {
      const row = rows.get(`${method} ${path}`)!;
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        for (const code of response.description.split(', ')) {
          const covered =
            (row.errors.get(status) ?? []).includes(code) ||
            everywhere.has(`${status} ${code}`) ||
            row.sectionCodes.has(`${status} ${code}`) ||
            // "An id in a path that names nothing gets that resource's 404."
            (status === '404' && path.includes('{') && code.endsWith('_NOT_FOUND'));
          expect(covered, `${method} ${path}: ${status} ${code} is not in docs/api.md`).to.equal(true);
        }
      }
    }
  });

  it('take the same query parameters, required alike', () => {
    const rows = new Map(documented.map((row) => [row.key, row]));
    for (const { method, path, op } of operationsOf(document)) {
      if (method !== 'get') continue;
      const served = new Map(
        (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.required ?? false]),
      );
      expect(Object.fromEntries(served), `${method} ${path}`).to.deep.equal(
        Object.fromEntries(rows.get(`${method} ${path}`)!.query),
      );
    }
  });
});
