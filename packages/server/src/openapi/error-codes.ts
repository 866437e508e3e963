import * as domain from '@campus/domain';
import { DomainError, type ErrorKind } from '@campus/domain';
import { STATUS_OF_KIND } from '../http/http-errors.js';

/**
 * Codes answered at the HTTP edge (framing, routing, idempotency, failures), with the status the
 * middleware gives each; every other code is a domain error's.
 */
const EDGE_STATUS: Record<string, number> = {
  VALIDATION_FAILED: STATUS_OF_KIND.validation,
  MALFORMED_JSON: 400,
  NOT_FOUND: STATUS_OF_KIND.not_found,
  METHOD_NOT_ALLOWED: 405,
  IDEMPOTENCY_KEY_IN_USE: STATUS_OF_KIND.conflict,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: STATUS_OF_KIND.unavailable,
};

export interface ErrorExample {
  message: string;
  details?: { path: string; message: string; courseId?: string }[];
}

/**
 * What the server answers with each code that no domain error class spells out without arguments
 * (edge errors, and domain errors that carry data), for the examples of the OpenAPI document.
 * Domain errors built without arguments give their own message and details.
 */
export const ERROR_EXAMPLES: Record<string, ErrorExample> = {
  VALIDATION_FAILED: {
    message: 'The request is not valid.',
    details: [{ path: 'title', message: 'Too small: expected string to have >=1 characters' }],
  },
  MALFORMED_JSON: { message: 'The body is not valid JSON.' },
  UNAUTHENTICATED: { message: 'Authentication is required.' },
  TOO_MANY_ATTEMPTS: { message: 'Too many failed logins. Try again in 900 seconds.' },
  TOO_FAST: { message: 'You are writing too fast. Try again in 7 seconds.' },
  RESTRICTED: {
    message: 'Your account may only read until the restriction ends.',
    details: [{ path: 'until', message: '2026-03-09T09:00:00.000Z' }],
  },
  TIMETABLE_CONFLICT: {
    message:
      'CS205 운영체제 (MON 10:00–11:00) clashes with CS101 자료구조 (MON 09:00–10:30), already in the timetable.',
    details: [
      {
        path: 'courseId',
        courseId: '01939b2c-5a41-7c3e-9f10-2b7d4e6a8c01',
        message: 'CS101 자료구조 meets MON 09:00–10:30, which overlaps MON 10:00–11:00 of CS205 운영체제.',
      },
    ],
  },
  NOT_FOUND: { message: 'No such route.' },
  METHOD_NOT_ALLOWED: { message: 'This route does not accept that method.' },
  IDEMPOTENCY_KEY_IN_USE: { message: 'A request with this Idempotency-Key is still running.' },
  IDEMPOTENCY_KEY_REUSED: { message: 'This Idempotency-Key was used for a different request.' },
  PAYLOAD_TOO_LARGE: { message: 'The body is larger than 64 KiB.' },
  UNSUPPORTED_MEDIA_TYPE: { message: 'Send the body as application/json.' },
  INTERNAL: { message: 'Something went wrong on our side.' },
  SERVICE_UNAVAILABLE: { message: 'A service this request needs is unavailable. Try again shortly.' },
};

/** The code and kind of every error class the domain exports, read from an instance of each. */
function domainErrorKinds(): Map<string, ErrorKind> {
  const kinds = new Map<string, ErrorKind>();
  for (const value of Object.values(domain)) {
    if (typeof value !== 'function' || !(value.prototype instanceof DomainError)) continue;
    const error = instanceOf(value as unknown as new (...args: unknown[]) => DomainError);
    if (error) kinds.set(error.code, error.kind);
  }
  return kinds;
}

/**
 * An instance of a domain error class. Constructor arguments only fill in messages and details
 * (code and kind are fixed per class); the few that take a list get an empty one, a clash an empty course, and a
 * restriction a time. A class that
 * still cannot be built is left out, and the OpenAPI test then names its code.
 */
function instanceOf(error: new (...args: unknown[]) => DomainError): DomainError | null {
  for (const args of [[], [[]], [{ id: '', code: '', name: '', times: [] }, []], [new Date(0)]]) {
    try {
      return new error(...args);
    } catch {
      // the next arguments
    }
  }
  return null;
}

/**
 * The status each documented error code is answered with, for the OpenAPI document: a domain
 * error's from its kind through STATUS_OF_KIND, the table the error middleware answers with, so
 * the two cannot disagree. A test checks that every code a route declares is listed here.
 */
export const ERROR_STATUS: Readonly<Record<string, number>> = Object.freeze({
  ...EDGE_STATUS,
  ...Object.fromEntries([...domainErrorKinds()].map(([code, kind]) => [code, STATUS_OF_KIND[kind]])),
});
