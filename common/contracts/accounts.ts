// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { organisationTypeSchema, roleSchema } from '../accounts/roles';

/** Addresses longer than 254 characters cannot be delivered (RFC 5321). */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Passwords: at least 12 characters (BIO), at most 200 so hashing cannot be abused. */
export const passwordSchema = z.string().min(12).max(200);
export const nameSchema = z.string().trim().min(1).max(200);
/** A six-digit TOTP code or a recovery code (xxxxx-xxxxx). */
export const secondFactorCodeSchema = z.string().trim().min(6).max(20);

export const signInRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export const signInResponseSchema = z.object({
  mfaRequired: z.boolean(),
  /** The user's roles need a second factor that is not yet set up: enrol first. */
  enrolmentRequired: z.boolean(),
});
export const mfaRequestSchema = z.strictObject({ code: secondFactorCodeSchema });

export const sessionSchema = z.object({
  id: z.string(),
  method: z.enum(['password', 'oidc']),
  mfaComplete: z.boolean(),
  enrolmentRequired: z.boolean(),
  csrfToken: z.string(),
  createdAt: z.string(),
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
});
export type SessionView = z.infer<typeof sessionSchema>;

export const organisationSchema = z.object({
  id: z.string(),
  code: z.string(),
  type: organisationTypeSchema,
  name: z.string(),
  provinceCode: z.string().nullable(),
  riecCode: z.string().nullable(),
});
export type OrganisationView = z.infer<typeof organisationSchema>;

export const membershipSchema = z.object({
  organisation: organisationSchema.pick({ id: true, code: true, type: true, name: true }),
  role: roleSchema,
});

/** Modules of the platform; `available: false` means not built yet, never faked. */
export const moduleIds = ['zicht', 'meldpunt', 'weerbaarheid', 'regie', 'beheer'] as const;
export const moduleSchema = z.object({
  id: z.enum(moduleIds),
  available: z.boolean(),
  /** The user's roles give access to it. */
  allowed: z.boolean(),
});

export const abilitiesSchema = z.object({
  /** Organisation codes whose users this person may manage. */
  manageUsers: z.array(z.string()),
  /** Organisation codes whose audit log this person may read. */
  viewAudit: z.array(z.string()),
  /** May create the first beheerder of another organisation (ministerie beheerder). */
  createFirstBeheerder: z.boolean(),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    totpEnabled: z.boolean(),
    mfaRequired: z.boolean(),
  }),
  memberships: z.array(membershipSchema),
  abilities: abilitiesSchema,
  modules: z.array(moduleSchema),
});
export type Me = z.infer<typeof meSchema>;

export const ownSessionSchema = z.object({
  id: z.string(),
  device: z.string(),
  method: z.enum(['password', 'oidc']),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export const ownSessionListSchema = z.object({ sessions: z.array(ownSessionSchema) });

export const totpEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  /** QR code as an SVG document, rendered by the web as an image with a text alternative. */
  qrSvg: z.string(),
});
export const totpConfirmRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export const passwordResetConfirmSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});
export const invitationAcceptSchema = passwordResetConfirmSchema;

export const userStatusSchema = z.enum(['actief', 'uitgenodigd', 'geblokkeerd', 'uitgeschakeld']);
export const orgUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  totpEnabled: z.boolean(),
  status: userStatusSchema,
  createdAt: z.string(),
});
export type OrgUser = z.infer<typeof orgUserSchema>;
export const orgUserListSchema = z.object({
  organisation: organisationSchema,
  users: z.array(orgUserSchema),
  assignableRoles: z.array(roleSchema),
});
export const createOrgUserRequestSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  roles: z.array(roleSchema).min(1).max(9),
});
export const setRolesRequestSchema = z.strictObject({ roles: z.array(roleSchema).min(1).max(9) });

export const organisationListSchema = z.object({ organisations: z.array(organisationSchema) });

export const auditEventSchema = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['success', 'denied', 'failure']),
  origin: z.string(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;
export const auditQuerySchema = z.strictObject({
  action: z.string().max(100).optional(),
  result: z.enum(['success', 'denied', 'failure']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  nextBefore: z.number().int().nullable(),
});

export const demoAccountSchema = z.object({
  email: z.string(),
  password: z.string(),
  totpSecret: z.string().nullable(),
  name: z.string(),
  role: roleSchema,
  organisation: z.string(),
});
export const demoAccountListSchema = z.object({ accounts: z.array(demoAccountSchema) });

export const authConfigSchema = z.object({
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
  demo: z.boolean(),
});
