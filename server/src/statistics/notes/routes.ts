// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';

import { regionCodeParams } from '../../../../common/contracts/regions';
import {
  createNoteRequestSchema,
  deleteNoteQuerySchema,
  noteIdParams,
  noteListQuerySchema,
  noteListSchema,
  noteSchema,
  updateNoteRequestSchema,
} from '../../../../common/contracts/statistics-notes';
import { requireActor } from '../../platform/http/authenticate';
import type { App } from '../../platform/http/env';
import {
  jsonBody,
  jsonResponse,
  noContent,
  problems,
  sessionSecurity,
} from '../../platform/http/openapi';

import { createNote, listRegionNotes, removeNote, updateNote } from './service';

const tags = ['notities'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/regions/{code}/notes',
  tags,
  security: sessionSecurity,
  summary:
    "The private notes of the viewer's own organisations about a region (optionally one indicator); reading is audited",
  request: { params: regionCodeParams, query: noteListQuerySchema },
  responses: { 200: jsonResponse('Notities', noteListSchema), ...problems(400, 401, 403, 404) },
});
const createNoteRoute = createRoute({
  method: 'post',
  path: '/api/v1/regions/{code}/notes',
  tags,
  security: sessionSecurity,
  summary:
    'Write a private note about a region or one of its indicators for one of your organisations',
  request: { params: regionCodeParams, body: jsonBody(createNoteRequestSchema) },
  responses: {
    201: jsonResponse('Notitie', noteSchema),
    ...problems(400, 401, 403, 404, 413, 415),
  },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/api/v1/notes/{id}',
  tags,
  security: sessionSecurity,
  summary: "Change a note's text; 409 when someone changed it since the version you send",
  request: { params: noteIdParams, body: jsonBody(updateNoteRequestSchema) },
  responses: {
    200: jsonResponse('Notitie', noteSchema),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/v1/notes/{id}',
  tags,
  security: sessionSecurity,
  summary: 'Delete a note (author or beheerder); with ?version= only when unchanged since',
  request: { params: noteIdParams, query: deleteNoteQuerySchema },
  responses: { 204: noContent, ...problems(400, 401, 403, 404, 409) },
});

/**
 * Private notes per region and indicator. Always behind sign-in, also when
 * WEERBAAR_PUBLIC_STATISTICS opens the statistics to everyone: notes are not statistics.
 */
export function statisticsNotesRoutes(app: App): void {
  app.openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    const { indicator } = c.req.valid('query');
    const list = await listRegionNotes(c.var.deps, actor, code, indicator ?? null);
    return c.json(list, 200);
  });

  app.openapi(createNoteRoute, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    const note = await createNote(c.var.deps, actor, code, c.req.valid('json'));
    return c.json(note, 201);
  });

  app.openapi(updateRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    const note = await updateNote(c.var.deps, actor, id, c.req.valid('json'));
    return c.json(note, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await removeNote(c.var.deps, actor, id, c.req.valid('query').version);
    return c.body(null, 204);
  });
}
