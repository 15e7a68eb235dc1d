// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** RFC 9457 problem details; `detail` is Dutch text the UI can show as is. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

const titles: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  410: 'Verlopen',
  413: 'Verzoek te groot',
  415: 'Verkeerd inhoudstype',
  422: 'Niet verwerkbaar',
  423: 'Account tijdelijk geblokkeerd',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Niet beschikbaar',
};

/** An error that handlers throw to answer with a problem response. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly slug: string = 'error',
    readonly extra: { errors?: Problem['errors']; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
  }

  toProblem(instance?: string): Problem {
    return {
      type: `https://weerbaar.nl/problemen/${this.slug}`,
      title: titles[this.status] ?? 'Fout',
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
    };
  }
}

export const badRequest = (detail: string, slug = 'ongeldig-verzoek', errors?: Problem['errors']) =>
  new ProblemError(400, detail, slug, errors ? { errors } : {});
export const unauthorized = (
  detail = 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.',
) => new ProblemError(401, detail, 'niet-ingelogd');
export const forbidden = (detail = 'U heeft geen rechten voor deze actie.') =>
  new ProblemError(403, detail, 'geen-toegang');
export const notFound = (detail = 'Dit onderdeel bestaat niet of u heeft er geen toegang toe.') =>
  new ProblemError(404, detail, 'niet-gevonden');
export const conflict = (detail: string, slug = 'conflict') => new ProblemError(409, detail, slug);
