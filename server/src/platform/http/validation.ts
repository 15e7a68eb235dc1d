// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import { badRequest } from './problem';

const fieldNames: Record<string, string> = {
  email: 'e-mailadres',
  password: 'wachtwoord',
  newPassword: 'nieuw wachtwoord',
  currentPassword: 'huidig wachtwoord',
  name: 'naam',
  code: 'code',
  role: 'rol',
  token: 'token',
  roles: 'rollen',
  level: 'niveau',
  year: 'jaar',
  parent: 'bovenliggend gebied',
  json: 'het verzoek',
  query: 'de zoekopdracht',
  param: 'het adres',
  text: 'tekst',
  version: 'versie',
  indicatorId: 'indicator',
  indicator: 'indicator',
  organisation: 'organisatie',
  category: 'wat er is gebeurd',
  channel: 'hoe het gebeurde',
  targetRole: 'tegen wie het gericht was',
  confidentiality: 'wie de melding behandelt',
  occurredAt: 'tijdstip',
  'content.description': 'omschrijving',
  'content.location': 'plaats',
  'content.impact': 'gevolgen',
  'onBehalfOf.name': 'naam van wie u meldt',
  reason: 'reden',
  body: 'bericht',
  assigneeUserId: 'behandelaar',
  userId: 'persoon',
  expiresOn: 'einddatum',
  lines: 'lijnen',
  organisationCode: 'organisatie',
  steps: 'stappen',
  'steps.*.owner': 'verantwoordelijke',
  'steps.*.deadline': 'termijn',
  'steps.*.deadline.amount': 'aantal van de termijn',
  'steps.*.deadline.unit': 'eenheid van de termijn',
  'steps.*.requiredRecords': 'verplichte gegevens',
  'steps.*.next': 'volgende stappen',
  'steps.*.status': 'stap',
};

/** The Dutch name of a field; list items (steps.2.owner) say which item: "verantwoordelijke (stap 3)". */
function labelOf(field: string): string {
  const exact = fieldNames[field];
  if (exact) return exact;
  const numbers = field.split('.').filter((part) => /^\d+$/.test(part));
  const general = fieldNames[field.replace(/\.\d+(?=\.|$)/g, '.*')];
  if (!general || numbers.length === 0) return field;
  return `${general} (stap ${Number(numbers[0]) + 1})`;
}

/** Turns zod issues into one Dutch sentence plus a per-field list, so the UI can mark each field. */
export function validationProblem(issues: readonly z.core.$ZodIssue[], where: string) {
  // Each message is a whole sentence naming the field: the web shows it on its own in the error summary.
  const errors = issues.map((issue) => {
    const field = issue.path.join('.') || where;
    const label = labelOf(field);
    return {
      field,
      message: `${label.charAt(0).toUpperCase()}${label.slice(1)} ${dutchMessage(issue)}.`,
    };
  });
  const summary = errors.map((e) => e.message).join(' ');
  return badRequest(`De invoer klopt niet. ${summary}`, 'validatie', errors);
}

function dutchMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `bevat een onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? 'is verplicht' : `verwacht ${typeName(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `moet minstens ${String(issue.minimum)} tekens hebben`
        : `is te klein`;
    case 'too_big':
      return issue.origin === 'string'
        ? `mag hoogstens ${String(issue.maximum)} tekens hebben`
        : `is te groot`;
    case 'invalid_format':
      return issue.format === 'email' ? 'is geen geldig e-mailadres' : 'heeft een ongeldig formaat';
    case 'invalid_value':
      return `moet een van deze waarden zijn: ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

function typeName(expected: string): string {
  return (
    (
      {
        string: 'tekst',
        number: 'een getal',
        boolean: 'waar of onwaar',
        object: 'een object',
        array: 'een lijst',
      } as Record<string, string>
    )[expected] ?? expected
  );
}
