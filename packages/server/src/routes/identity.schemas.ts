import { z } from '../openapi/zod-extension.js';

// Any string: an id that names nothing, whatever its shape, is its resource's 404, not a 400.
const id = z.string().min(1);
export const idParam = id;

export const password = z
  .string()
  .min(8)
  .max(64)
  .refine((value) => Buffer.byteLength(value, 'utf8') <= 72, 'Use at most 72 bytes of UTF-8.');

export const signUpBody = z.strictObject({
  username: z.string().regex(/^[a-z0-9_]{4,20}$/, 'Use 4 to 20 lowercase letters, digits or underscores.'),
  password,
  email: z.email().max(254),
  nickname: z.string().trim().min(2).max(20).openapi({
    description:
      'Unique after normalisation (look-alikes count as taken); may not read as a label the service shows (`익명…`, `운영자…`).',
  }),
  schoolId: id,
  departmentId: id.openapi({ description: 'A department of that school.' }),
});

// Long enough that an over-long password is a 401 like any wrong one, not a 400 that tells it apart.
const typedPassword = z.string().min(1).max(1024);

export const logInBody = z.strictObject({
  username: z.string().min(1).max(100),
  password: typedPassword,
  deviceToken: z.string().min(1).max(512).optional().openapi({
    description:
      'The `deviceToken` of an earlier login on this device, so that failures elsewhere do not lock it out.',
  }),
});

export const refreshBody = z.strictObject({ refreshToken: z.string().min(1).max(2048) });

export const updateMeBody = z.strictObject({ nickname: z.string().trim().min(2).max(20).optional() });

export const changePasswordBody = z.strictObject({
  currentPassword: typedPassword,
  newPassword: password,
});

export const nameBody = z.strictObject({ name: z.string().trim().min(1).max(50) });

export const namedRef = z.object({ id: z.string(), name: z.string() });
export const schoolSchema = namedRef.openapi('School');
export const emailDomains = z
  .array(z.string().trim().toLowerCase().min(3).max(253))
  .max(20)
  .openapi({
    description:
      'Addresses at these domains, or their subdomains, can verify membership (`POST /me/verification`); at most 20, stored lower-case.',
    example: ['sogang.ac.kr'],
  });
export const createSchoolBody = z.strictObject({
  name: z.string().trim().min(1).max(50),
  emailDomains: emailDomains.optional(),
});
export const managedSchoolSchema = namedRef
  .extend({ emailDomains: z.array(z.string()) })
  .openapi('ManagedSchool', { description: 'A school as admins manage it.' });
export const departmentSchema = namedRef.openapi('Department');
export const userSchema = z
  .object({ id: z.string(), username: z.string(), nickname: z.string() })
  .openapi('User');
export const profileSchema = userSchema.extend({ joinedAt: z.iso.datetime() }).openapi('UserProfile');
export const meSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    email: z.string(),
    nickname: z.string(),
    role: z.enum(['user', 'admin']),
    school: namedRef.nullable(),
    department: namedRef.nullable(),
    joinedAt: z.iso.datetime(),
    verified: z.boolean().openapi({
      description:
        "The account's `email` was proven to be at one of its school's `emailDomains` (`POST /me/verification`).",
    }),
    restrictedUntil: z.iso.datetime().nullable().openapi({
      description:
        'Until when an admin restricted the member to reading; null when never restricted or lifted. A time in the past means the restriction is over.',
    }),
  })
  .openapi('Me');
const tokenFields = z.object({
  accessToken: z.string().openapi({ description: 'Send as `Authorization: Bearer <accessToken>`.' }),
  refreshToken: z.string().openapi({ description: 'Opaque; used up by `POST /auth/refresh`.' }),
});
export const tokensSchema = tokenFields.openapi('TokenPair');
export const authSchema = tokenFields.extend({ user: meSchema }).openapi('Session');
export const logInSchema = tokenFields
  .extend({
    user: meSchema,
    deviceToken: z.string().meta({
      description: 'Keep it and send it with later logins: failures elsewhere do not lock this device out.',
    }),
  })
  .openapi('LogInResponse');
