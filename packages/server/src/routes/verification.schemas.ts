import { UserNotFound } from '@campus/domain';
import { resourceId } from '../http/resource-id.js';
import { z } from '../openapi/zod-extension.js';
import { emailDomains } from './identity.schemas.js';

/** What every write held by the member's standing can answer: see `WriteGuard` and the gate. */
export const STANDING_ERRORS = ['RESTRICTED', 'VERIFICATION_REQUIRED'] as const;

export const userParams = z.strictObject({ userId: resourceId(() => new UserNotFound()) });

export const updateSchoolBody = z
  .strictObject({
    name: z.string().trim().min(1).max(50).optional(),
    emailDomains: emailDomains.optional(),
  })
  .refine((body) => body.name !== undefined || body.emailDomains !== undefined, {
    message: 'Give `name`, `emailDomains` or both.',
  });

export const verificationBody = z.strictObject({
  email: z.email().max(254).openapi({
    description: "An address at one of the school's `emailDomains` (or a subdomain of one).",
  }),
});

export const confirmVerificationBody = z.strictObject({
  code: z
    .string()
    .regex(/^[0-9]{6}$/, 'Six digits, as mailed.')
    .openapi({ description: 'The 6-digit code of the mail.' }),
});

/** The one answer to a verification request: the code is in the mail. */
export const VERIFICATION_REQUESTED = {
  message: 'A 6-digit code has been mailed to this address; it works once, within 10 minutes.',
} as const;

export const verificationRequestedSchema = z.object({ message: z.string() }).openapi('VerificationRequested');

export const restrictionBody = z.strictObject({
  days: z.number().int().min(1).max(3650).openapi({ description: 'Whole days from now, 1 to 3650.' }),
  reason: z.string().trim().min(1).max(500).openapi({ description: 'Why, for the member and the record.' }),
});

export const restrictionSchema = z
  .object({
    userId: z.string(),
    until: z.iso.datetime(),
    reason: z.string(),
  })
  .openapi('Restriction');
