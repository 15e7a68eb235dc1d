// SPDX-License-Identifier: EUPL-1.2
import type { Context } from 'hono';
import { z } from 'zod';

import type { AppEnv } from './env';
import { problemSchema } from './problem';

/** Standard problem responses to list in a route's OpenAPI entry. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: 'Probleem (RFC 9457)',
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

export const noContent = { description: 'Gelukt, geen inhoud' };

export const orgCodeParams = z.object({
  code: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/)
    .meta({ example: 'GM0363' }),
});

/** Where e-mailed links point: PUBLIC_URL, or (outside production) the address this request came in on. */
export function publicBaseUrl(c: Context<AppEnv>): string {
  return (c.var.deps.config.PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/$/, '');
}

export const sessionSecurity = [{ sessionCookie: [] }];
