// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import type {
  Note,
  NoteList,
  createNoteRequestSchema,
  updateNoteRequestSchema,
} from '../../../../common/contracts/statistics-notes';
import { indicatorById, indicators } from '../../../../common/statistics/indicators';
import { levelOfCode, regionLevels } from '../../../../common/statistics/levels';
import { recordEvent } from '../../audit/service';
import { sealSecret } from '../../platform/crypto';
import type { Deps } from '../../platform/deps';
import { badRequest, conflict, forbidden, notFound } from '../../platform/http/problem';
import type { MembershipInfo } from '../../platform/sessions';
import { codeExamples, newestRegion, unknownRegionProblem } from '../../regions/service';

import { can, worksInZichtFor, type NoteAction, type NoteActor } from './policy';
import { presentNote } from './present';
import * as store from './store';

/** The person acting, with the organisation names the policy does not need but answers do. */
export interface NoteViewer extends NoteActor {
  memberships: readonly MembershipInfo[];
}

type OrganisationRef = { id: string; code: string; name: string };

/** The organisations the viewer works in Zicht for, each once, in code order. */
export function zichtOrganisations(viewer: NoteViewer): OrganisationRef[] {
  const byId = new Map<string, OrganisationRef>();
  for (const m of viewer.memberships)
    if (worksInZichtFor(viewer, m.organisationId))
      byId.set(m.organisationId, {
        id: m.organisationId,
        code: m.organisationCode,
        name: m.organisationName,
      });
  return [...byId.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** A region code that exists in some division year; 400 for a malformed one, 404 for unknown. */
export async function knownRegion(deps: Deps, code: string): Promise<string> {
  if (!levelOfCode(code)) {
    const formats = regionLevels.map((l) => `${codeExamples[l]} (${l})`).join(', ');
    throw badRequest(`${code} is geen regiocode. Geldige codes zien eruit als ${formats}.`);
  }
  if (!(await newestRegion(deps.db, code))) throw await unknownRegionProblem(deps.db, code);
  return code;
}

/** An indicator id of the catalogue; 400 naming the valid ids otherwise. */
export function knownIndicatorId(id: string): string {
  if (indicatorById.has(id)) return id;
  throw badRequest(
    `Indicator ${id} bestaat niet. Kies uit: ${indicators.map((i) => i.id).join(', ')}.`,
    'onbekende-indicator',
    [{ field: 'indicator', message: 'Onbekende indicator.' }],
  );
}

const noZicht = () =>
  forbidden('Notities zijn er voor wie in Zicht werkt. Uw rollen geven geen toegang tot Zicht.');

/**
 * The notes of the viewer's organisations about a region. Reading confidential text is audited
 * like other confidential reads: one event per organisation whose notes were shown.
 */
export async function listRegionNotes(
  deps: Deps,
  viewer: NoteViewer,
  regionCode: string,
  indicatorId: string | null,
): Promise<NoteList> {
  const organisations = zichtOrganisations(viewer).filter((o) => can(viewer, 'note.list', o));
  if (organisations.length === 0) throw noZicht();
  const code = await knownRegion(deps, regionCode);
  if (indicatorId) knownIndicatorId(indicatorId);
  const rows = await deps.db.transaction(async (tx) => {
    for (const o of organisations)
      await recordEvent(tx, {
        actorUserId: viewer.userId,
        organisationId: o.id,
        action: 'note.list',
        objectType: 'region',
        objectId: code,
        origin: 'http',
        occurredAt: deps.clock(),
      });
    return store.listNotes(
      tx,
      organisations.map((o) => o.id),
      code,
      indicatorId,
    );
  });
  return {
    regionCode: code,
    indicatorId,
    organisations: organisations.map(({ code: c, name }) => ({ code: c, name })),
    notes: rows.map((row) => presentNote(row, deps.keys, viewer)),
  };
}

/** The organisation a new note belongs to: the chosen one, or the only one the author has. */
function chooseOrganisation(viewer: NoteViewer, chosen: string | undefined): OrganisationRef {
  const options = zichtOrganisations(viewer);
  if (options.length === 0) throw noZicht();
  if (chosen === undefined) {
    if (options.length === 1) return options[0]!;
    throw badRequest(
      `U werkt in Zicht voor meerdere organisaties. Kies er een: ${options.map((o) => o.code).join(', ')}.`,
      'kies-organisatie',
      [{ field: 'organisation', message: 'Kies de organisatie van deze notitie.' }],
    );
  }
  const found = options.find((o) => o.code === chosen);
  // Not a member: the same answer as a code that does not exist, so nothing leaks.
  if (!found) throw notFound(`U kunt geen notities schrijven voor organisatie ${chosen}.`);
  return found;
}

/** Writes a note, encrypted, with its audit event in the same transaction. */
export async function createNote(
  deps: Deps,
  viewer: NoteViewer,
  regionCode: string,
  input: z.infer<typeof createNoteRequestSchema>,
): Promise<Note> {
  const code = await knownRegion(deps, regionCode);
  const indicatorId = input.indicatorId ? knownIndicatorId(input.indicatorId) : null;
  const organisation = chooseOrganisation(viewer, input.organisation);
  if (!can(viewer, 'note.create', organisation)) throw noZicht();
  const id = await deps.db.transaction(async (tx) => {
    const at = deps.clock();
    const noteId = await store.insertNote(tx, {
      organisationId: organisation.id,
      regionCode: code,
      indicatorId,
      textEnc: sealSecret(deps.keys, input.text),
      userId: viewer.userId,
      at,
    });
    await recordEvent(tx, {
      actorUserId: viewer.userId,
      organisationId: organisation.id,
      action: 'note.create',
      objectType: 'note',
      objectId: noteId,
      origin: 'http',
      occurredAt: at,
    });
    return noteId;
  });
  const row = await store.findNote(deps.db, id);
  if (!row) throw notFound();
  return presentNote(row, deps.keys, viewer);
}

/**
 * Loads a note the viewer may act on. A note of another organisation answers exactly like a
 * note that does not exist (404), and the attempt is audited as denied.
 */
async function loadAuthorized(deps: Deps, viewer: NoteViewer, id: string, action: NoteAction) {
  const row = await store.findNote(deps.db, id);
  const subject = row && { organisationId: row.organisation_id, createdBy: row.created_by };
  if (row && subject && can(viewer, action, subject)) return row;
  await deps.db.transaction((tx) =>
    recordEvent(tx, {
      actorUserId: viewer.userId,
      organisationId: row?.organisation_id ?? null,
      action,
      objectType: 'note',
      objectId: id,
      result: 'denied',
      origin: 'http',
      occurredAt: deps.clock(),
    }),
  );
  if (row && subject && can(viewer, 'note.list', subject))
    throw forbidden('Alleen wie de notitie schreef of een beheerder kan haar verwijderen.');
  throw notFound('Deze notitie bestaat niet (meer) of u heeft er geen toegang toe.');
}

const stale = () =>
  conflict(
    'Iemand anders heeft deze notitie intussen gewijzigd of verwijderd. Laad de notities opnieuw en probeer het nog eens.',
    'verouderd',
  );

/** Replaces a note's text when it is still at the version the editor saw. */
export async function updateNote(
  deps: Deps,
  viewer: NoteViewer,
  id: string,
  input: z.infer<typeof updateNoteRequestSchema>,
): Promise<Note> {
  const row = await loadAuthorized(deps, viewer, id, 'note.update');
  await deps.db.transaction(async (tx) => {
    const at = deps.clock();
    const updated = await store.updateNoteText(tx, {
      id,
      version: input.version,
      textEnc: sealSecret(deps.keys, input.text),
      userId: viewer.userId,
      at,
    });
    if (!updated) throw stale();
    await recordEvent(tx, {
      actorUserId: viewer.userId,
      organisationId: row.organisation_id,
      action: 'note.update',
      objectType: 'note',
      objectId: id,
      origin: 'http',
      occurredAt: at,
    });
  });
  const fresh = await store.findNote(deps.db, id);
  if (!fresh) throw stale();
  return presentNote(fresh, deps.keys, viewer);
}

/** Deletes a note (only when still at `version`, if given), audited in the same transaction. */
export async function removeNote(
  deps: Deps,
  viewer: NoteViewer,
  id: string,
  version: number | undefined,
): Promise<void> {
  const row = await loadAuthorized(deps, viewer, id, 'note.delete');
  await deps.db.transaction(async (tx) => {
    if (!(await store.deleteNote(tx, id, version))) throw stale();
    await recordEvent(tx, {
      actorUserId: viewer.userId,
      organisationId: row.organisation_id,
      action: 'note.delete',
      objectType: 'note',
      objectId: id,
      origin: 'http',
      occurredAt: deps.clock(),
    });
  });
}
