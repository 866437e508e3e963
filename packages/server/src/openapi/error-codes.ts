/**
 * The status each documented error code is answered with, for the OpenAPI document. The error
 * mapper derives statuses from an error's kind at run time; a test checks that every code a route
 * declares is listed here, and that the two agree for domain errors.
 */
export const ERROR_STATUS: Record<string, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_PARENT: 400,
  CANNOT_FRIEND_SELF: 400,
  NICKNAME_RESERVED: 400,
  SEMESTER_MISMATCH: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  SESSION_REVOKED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_REFRESH_TOKEN: 401,
  REFRESH_TOKEN_REUSED: 401,
  FORBIDDEN: 403,
  NOT_SCHOOL_MEMBER: 403,
  NOT_AUTHOR: 403,
  CANNOT_LIKE_OWN: 403,
  CANNOT_SCRAP_OWN: 403,
  CANNOT_REPORT_OWN: 403,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  SCHOOL_NOT_FOUND: 404,
  DEPARTMENT_NOT_FOUND: 404,
  BOARD_NOT_FOUND: 404,
  POST_NOT_FOUND: 404,
  COMMENT_NOT_FOUND: 404,
  FRIEND_REQUEST_NOT_FOUND: 404,
  NOT_FRIENDS: 404,
  COURSE_NOT_FOUND: 404,
  REVIEW_NOT_FOUND: 404,
  TIMETABLE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  USERNAME_TAKEN: 409,
  EMAIL_TAKEN: 409,
  NICKNAME_TAKEN: 409,
  SCHOOL_EXISTS: 409,
  DEPARTMENT_EXISTS: 409,
  BOARD_EXISTS: 409,
  QUESTION_LOCKED: 409,
  ALREADY_LIKED: 409,
  ALREADY_REPORTED: 409,
  ALREADY_FRIENDS: 409,
  FRIEND_REQUEST_EXISTS: 409,
  COURSE_EXISTS: 409,
  ALREADY_REVIEWED: 409,
  TIMETABLE_NAME_TAKEN: 409,
  TIMETABLE_CONFLICT: 409,
  COURSE_ALREADY_ADDED: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

export interface ErrorExample {
  message: string;
  details?: { path: string; message: string }[];
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
  TIMETABLE_CONFLICT: {
    message: 'The course clashes with courses already in the timetable.',
    details: [{ path: 'courseId', message: '01939b2c-5a41-7c3e-9f10-2b7d4e6a8c01' }],
  },
  NOT_FOUND: { message: 'No such route.' },
  METHOD_NOT_ALLOWED: { message: 'This route does not accept that method.' },
  IDEMPOTENCY_KEY_IN_USE: { message: 'A request with this Idempotency-Key is still running.' },
  IDEMPOTENCY_KEY_REUSED: { message: 'This Idempotency-Key was used for a different request.' },
  PAYLOAD_TOO_LARGE: { message: 'The body is larger than 64 KiB.' },
  UNSUPPORTED_MEDIA_TYPE: { message: 'Send the body as application/json.' },
  INTERNAL: { message: 'Something went wrong on our side.' },
};
