// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../../../common/accounts/roles';
import type { TipStatus } from '../../../common/contracts/tips';
import { handlesLine, type ReportActor } from '../reports/policy';

/** Organisations with a public tip channel. */
export const tipOrganisationTypes: readonly OrganisationType[] = ['gemeente', 'provincie'];

export const tipActions = ['tip.view', 'tip.reply', 'tip.setStatus', 'tip.convert'] as const;
export type TipAction = (typeof tipActions)[number];

/** What the policy needs to know about a tip. */
export interface TipSubject {
  organisationId: string;
  status: TipStatus;
  linkedReport: boolean;
}

/**
 * Who handles anonymous tips: the organisation's behandelaars of the college line (or of both
 * lines). Undermining (bestuurlijke aanpak) and integrity (art. 170 Gemeentewet) are the
 * burgemeester's duties, which the college line supports; the raad line sees a tip once it
 * becomes a case in its line. Nobody else, also no beheerder, vertrouwenspersoon or bestuurder.
 */
export function handlesTips(actor: ReportActor, organisationId: string): boolean {
  return handlesLine(actor, organisationId, 'college');
}

/** Pure decision: may this actor perform this action on this tip? */
export function can(actor: ReportActor, action: TipAction, tip: TipSubject): boolean {
  if (!handlesTips(actor, tip.organisationId)) return false;
  switch (action) {
    case 'tip.view':
    case 'tip.setStatus':
      return true;
    case 'tip.reply':
      return tip.status !== 'closed';
    case 'tip.convert':
      return tip.status !== 'closed' && !tip.linkedReport;
  }
}
