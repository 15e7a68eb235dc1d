// SPDX-License-Identifier: EUPL-1.2
import type { moduleIds } from '../contracts/accounts';

import type { Role } from './roles';

type ModuleId = (typeof moduleIds)[number];

/**
 * Which roles open which module, and whether the module is built yet. A module that is not
 * available is shown as "nog niet beschikbaar", never as a mock.
 */
export const moduleAccess: Record<ModuleId, { available: boolean; roles: readonly Role[] }> = {
  zicht: {
    available: true,
    roles: [
      'analist',
      'beheerder',
      'bestuurder',
      'provincie-adviseur',
      'riec-analist',
      'ministerie',
    ],
  },
  meldpunt: {
    available: true,
    roles: ['melder', 'behandelaar', 'vertrouwenspersoon', 'bestuurder'],
  },
  weerbaarheid: {
    available: false,
    roles: ['analist', 'beheerder', 'bestuurder', 'behandelaar', 'provincie-adviseur'],
  },
  regie: { available: false, roles: ['provincie-adviseur', 'ministerie', 'riec-analist'] },
  beheer: { available: true, roles: ['beheerder'] },
};

/** The modules in display order with availability and whether these roles open them. */
export function modulesFor(memberRoles: readonly Role[]) {
  return (Object.keys(moduleAccess) as ModuleId[]).map((id) => ({
    id,
    available: moduleAccess[id].available,
    allowed: moduleAccess[id].roles.some((role) => memberRoles.includes(role)),
  }));
}
