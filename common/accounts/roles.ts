// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** Every role a membership can carry. Role codes are the Dutch role names users know (see docs/glossary.md). */
export const roles = [
  'beheerder',
  'analist',
  'melder',
  'behandelaar',
  'vertrouwenspersoon',
  'bestuurder',
  'provincie-adviseur',
  'riec-analist',
  'ministerie',
] as const;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Organisation types the platform knows, with the CBS code prefix where one exists. */
export const organisationTypes = [
  'ministerie',
  'provincie',
  'riec',
  'gemeente',
  'waterschap',
] as const;
export const organisationTypeSchema = z.enum(organisationTypes);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

/**
 * Roles that can see confidential data (case contents, reporter identities, audit logs, user
 * lists) must use a second factor. An analist works on aggregated open statistics only.
 */
export const roleRequiresMfa: Record<Role, boolean> = {
  beheerder: true,
  analist: false,
  melder: true,
  behandelaar: true,
  vertrouwenspersoon: true,
  bestuurder: true,
  'provincie-adviseur': true,
  'riec-analist': true,
  ministerie: true,
};

/** Which roles make sense in which organisation type; the server refuses other combinations. */
export const rolesByOrganisationType: Record<OrganisationType, readonly Role[]> = {
  ministerie: ['beheerder', 'analist', 'ministerie'],
  provincie: [
    'beheerder',
    'analist',
    'melder',
    'behandelaar',
    'vertrouwenspersoon',
    'bestuurder',
    'provincie-adviseur',
  ],
  riec: ['beheerder', 'analist', 'riec-analist'],
  gemeente: ['beheerder', 'analist', 'melder', 'behandelaar', 'vertrouwenspersoon', 'bestuurder'],
  waterschap: ['beheerder', 'analist', 'melder', 'behandelaar', 'vertrouwenspersoon', 'bestuurder'],
};

/** True when any of the given roles requires a second factor. */
export function requiresMfa(memberRoles: readonly Role[]): boolean {
  return memberRoles.some((role) => roleRequiresMfa[role]);
}
