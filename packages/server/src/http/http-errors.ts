import type { ErrorDetail, ErrorKind } from '@campus/domain';

/** Errors that only exist at the HTTP edge (framing, routing), with their own status. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: readonly ErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The one table from an error's kind to its status. */
export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export const validationFailed = (details: ErrorDetail[]) =>
  new HttpProblem(400, 'VALIDATION_FAILED', 'The request is not valid.', details);
export const notFound = () => new HttpProblem(404, 'NOT_FOUND', 'No such route.');
export const methodNotAllowed = (allowed: string[]) =>
  new HttpProblem(
    405,
    'METHOD_NOT_ALLOWED',
    'This route does not accept that method.',
    undefined,
    allowed.length > 0 ? { Allow: allowed.join(', ') } : {},
  );
