// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Every environment variable the platform reads, one line of documentation each (mirrored in .env.example). */
export const configSchema = z.object({
  /** `production` switches on Secure cookies, disables demo mode and requires a master key. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** TCP port of the HTTP server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Interface to listen on. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** postgres://… selects a PostgreSQL server; unset uses embedded PGlite. */
  DATABASE_URL: z.string().url().startsWith('postgres').optional(),
  /** Folder of the embedded PGlite database. */
  WEERBAAR_DB_DIR: z.string().min(1).default('./var/db'),
  /** Folder for generated files (development master key, caches). */
  WEERBAAR_VAR_DIR: z.string().min(1).default('./var'),
  /** 32-byte key (base64) that wraps secrets at rest; generated under WEERBAAR_VAR_DIR outside production. */
  WEERBAAR_MASTER_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'moet 32 bytes in base64 zijn')
    .optional(),
  /** The master key before the current one, set only while `weerbaar keys rotate` moves values to the new key. */
  WEERBAAR_MASTER_KEY_PREVIOUS: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'moet 32 bytes in base64 zijn')
    .optional(),
  /** Public address of the platform, used in e-mailed links and OIDC redirects. */
  PUBLIC_URL: z.string().url().optional(),
  /** Log level of the structured JSON logs. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** smtp://user:pass@host:port for outgoing mail (password reset, invitations); unset logs that mail is off. */
  SMTP_URL: z.string().url().startsWith('smtp').optional(),
  /** Sender address of outgoing mail. */
  MAIL_FROM: z.string().email().default('weerbaar@localhost'),
  /** Minutes of inactivity after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** Hours after sign-in after which a session ends regardless of activity. */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  /** Seed demo organisations and accounts into an empty database (never in production). */
  WEERBAAR_DEMO: booleanString.default(true),
  /** Sign-in, reset and invitation attempts allowed per client address and path per 5 minutes. */
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  /** Trust X-Forwarded-For from a reverse proxy when rate limiting. */
  TRUST_PROXY: booleanString.default(false),
  /** OpenID Connect issuer URL; setting it enables single sign-on. */
  OIDC_ISSUER: z.string().url().optional(),
  /** OIDC client id registered at the issuer. */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** OIDC client secret. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Label of the single sign-on button. */
  OIDC_LABEL: z.string().min(1).default('Inloggen met uw organisatie-account'),
  /** Treat the issuer's sign-in as two-factor (set only when the issuer enforces MFA). */
  OIDC_TRUST_MFA: booleanString.default(false),
  /** Folder with CBS/PDOK open data in the layout of shared/data; imported at start when no statistics are loaded. */
  WEERBAAR_DATA_DIR: z.string().min(1).optional(),
  /** Open the statistics read endpoints (regions, geometry, indicators) without sign-in. */
  WEERBAAR_PUBLIC_STATISTICS: booleanString.default(false),
});

export type Config = z.infer<typeof configSchema>;

/** Rules that join several keys; checked on the raw values so they are reported with type errors. */
function crossKeyProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.NODE_ENV === 'production' && !env.WEERBAAR_MASTER_KEY)
    problems.push('WEERBAAR_MASTER_KEY: is verplicht in productie');
  if (
    env.WEERBAAR_MASTER_KEY_PREVIOUS &&
    env.WEERBAAR_MASTER_KEY_PREVIOUS === env.WEERBAAR_MASTER_KEY
  )
    problems.push('WEERBAAR_MASTER_KEY_PREVIOUS: is gelijk aan WEERBAAR_MASTER_KEY');
  if (env.WEERBAAR_MASTER_KEY_PREVIOUS && !env.WEERBAAR_MASTER_KEY)
    problems.push('WEERBAAR_MASTER_KEY_PREVIOUS: alleen samen met een nieuwe WEERBAAR_MASTER_KEY');
  if (env.NODE_ENV === 'production' && !env.PUBLIC_URL)
    problems.push('PUBLIC_URL: is verplicht in productie');
  if (env.OIDC_ISSUER && !env.OIDC_CLIENT_ID)
    problems.push('OIDC_CLIENT_ID: is verplicht wanneer OIDC_ISSUER is gezet');
  return problems;
}

/** Thrown with every problem at once, so an operator fixes the environment in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws ConfigError listing all problems. Empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(cleaned);
  const problems = [
    ...(result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...crossKeyProblems(cleaned),
  ];
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return result.data;
}

/** Demo mode: never in production, and only when not switched off. */
export function isDemoMode(config: Config): boolean {
  return config.NODE_ENV !== 'production' && config.WEERBAAR_DEMO;
}
