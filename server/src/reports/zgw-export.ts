// SPDX-License-Identifier: EUPL-1.2
import type { ZgwExport } from '../../../common/contracts/reports';
import {
  categoryLabels,
  channelLabels,
  statusLabels,
  targetRoleLabels,
} from '../../../common/messages/reports-nl';
import { addMonths } from '../../../common/workflow/calendar';
import { retentionByCategory } from '../../../common/workflow/retention';
import { recordEvent } from '../audit/service';
import type { Deps } from '../platform/deps';
import type { Actor } from '../platform/sessions';

import { loadAuthorized } from './service';
import * as store from './store';

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/**
 * The case as a ZGW-style archive record for those working it. Only metadata leaves: no free
 * text, no identities, no perpetrator data, no records; the export itself is audited.
 */
export async function exportZgw(deps: Deps, signedIn: Actor, id: string): Promise<ZgwExport> {
  const { row } = await loadAuthorized(deps, signedIn, id, 'report.record');
  return deps.db.transaction(async (tx) => {
    const events = await store.listEvents(tx, id);
    await recordEvent(tx, {
      actorUserId: signedIn.userId,
      organisationId: row.organisation_id,
      action: 'report.export.zgw',
      objectType: 'report',
      objectId: id,
      origin: 'http',
      occurredAt: deps.clock(),
    });
    const registered = row.registered_at ?? row.created_at;
    const term = retentionByCategory[row.category].caseMonths;
    return {
      zaak: {
        identificatie: row.reference,
        bronorganisatie: row.organisation_code,
        verantwoordelijkeOrganisatie: row.organisation_code,
        zaaktype: `urn:weerbaar:zaaktype:${row.workflow}`,
        omschrijving: categoryLabels[row.category],
        toelichting: '',
        registratiedatum: day(registered),
        startdatum: day(row.occurred_at ?? registered),
        einddatum: row.closed_at ? day(row.closed_at) : null,
        communicatiekanaalNaam: channelLabels[row.channel],
        vertrouwelijkheidaanduiding:
          row.confidentiality === 'vertrouwenspersoon' ? 'zeer_geheim' : 'geheim',
        archiefnominatie: 'vernietigen',
        archiefactiedatum: row.closed_at ? day(addMonths(new Date(row.closed_at), term)) : null,
        archiefstatus: 'nog_te_archiveren',
      },
      statussen: events
        .filter((e) => e.to_status !== null)
        .map((e) => ({
          statustype: `urn:weerbaar:statustype:${e.to_status ?? ''}`,
          datumStatusGezet: new Date(e.occurred_at).toISOString(),
          statustoelichting: e.to_status ? statusLabels[e.to_status] : '',
        })),
      rollen: [
        {
          betrokkeneType: 'medewerker',
          omschrijvingGeneriek: 'initiator',
          roltoelichting: `Melder (${targetRoleLabels[row.target_role]}); identiteit niet geëxporteerd`,
        },
        ...(row.assignee_user_id
          ? [
              {
                betrokkeneType: 'medewerker' as const,
                omschrijvingGeneriek: 'behandelaar' as const,
                roltoelichting: 'Behandelaar; identiteit niet geëxporteerd',
              },
            ]
          : []),
      ],
      zaakeigenschappen: [
        { naam: 'categorie', waarde: row.category },
        { naam: 'doelwit', waarde: row.target_role },
        { naam: 'lijn', waarde: row.line },
        { naam: 'aangifte_gedaan', waarde: row.aangifte_filed ? 'ja' : 'nee' },
      ],
      weggelaten: [
        'zaak.toelichting (omschrijving van het voorval)',
        'rollen.betrokkeneIdentificatie (melder, namens, behandelaar)',
        'dadergegevens',
        'nazorg, beoordeling, aangiftedossier, maatregelen en uitkomst',
        'berichten',
      ],
    };
  });
}
