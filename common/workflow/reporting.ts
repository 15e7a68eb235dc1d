// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType, Role } from '../accounts/roles';

/** Roles that may file a report in their own organisation. */
export const reportingRoles: readonly Role[] = [
  'melder',
  'behandelaar',
  'vertrouwenspersoon',
  'bestuurder',
];

/** Organisation types that run a meldpunt. */
export const reportingOrganisationTypes: readonly OrganisationType[] = [
  'gemeente',
  'provincie',
  'waterschap',
];

/**
 * Roles a case can be shared with by an explicit grant: people who could work on a case. A
 * beheerder (technical administration) or analist never reads case content.
 */
export const grantableRoles: readonly Role[] = ['behandelaar', 'vertrouwenspersoon', 'bestuurder'];

/** The organisations a person with these memberships can report to, each once, in order. */
export function reportingOrganisations<
  M extends { role: Role; organisation: { code: string; type: OrganisationType } },
>(memberships: readonly M[]): M['organisation'][] {
  const seen = new Set<string>();
  const result: M['organisation'][] = [];
  for (const m of memberships) {
    if (!reportingRoles.includes(m.role)) continue;
    if (!reportingOrganisationTypes.includes(m.organisation.type)) continue;
    if (seen.has(m.organisation.code)) continue;
    seen.add(m.organisation.code);
    result.push(m.organisation);
  }
  return result;
}
