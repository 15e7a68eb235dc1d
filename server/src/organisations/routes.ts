// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';

import { rolesByOrganisationType } from '../../../common/accounts/roles';
import {
  createOrgUserRequestSchema,
  orgUserListSchema,
  orgUserSchema,
  organisationListSchema,
  setRolesRequestSchema,
} from '../../../common/contracts/accounts';
import { issueToken } from '../accounts/passwords-service';
import { findUserById } from '../accounts/store';
import { recordEvent } from '../audit/service';
import { requireActor } from '../platform/http/authenticate';
import type { App } from '../platform/http/env';
import {
  jsonBody,
  jsonResponse,
  noContent,
  orgCodeParams,
  problems,
  publicBaseUrl,
  sessionSecurity,
} from '../platform/http/openapi';
import { ProblemError, forbidden, notFound } from '../platform/http/problem';

import { isMinisterieBeheerder } from './policy';
import { presentOrgUser, presentOrganisation } from './present';
import { addMember, loadAuthorized, removeMember, sendInvitation, setMemberRoles } from './service';
import * as store from './store';

const tags = ['organisaties'];
const userParams = orgCodeParams.extend({ id: z.uuid() });

const listOrgs = createRoute({
  method: 'get',
  path: '/api/v1/orgs',
  tags,
  security: sessionSecurity,
  summary: 'All organisations (ministerie beheerder)',
  responses: { 200: jsonResponse('Organisaties', organisationListSchema), ...problems(401, 403) },
});
const listUsers = createRoute({
  method: 'get',
  path: '/api/v1/orgs/{code}/users',
  tags,
  security: sessionSecurity,
  summary: "Users of the beheerder's own organisation; 404 for another one",
  request: { params: orgCodeParams },
  responses: { 200: jsonResponse('Gebruikers', orgUserListSchema), ...problems(400, 401, 404) },
});
const createUser = createRoute({
  method: 'post',
  path: '/api/v1/orgs/{code}/users',
  tags,
  security: sessionSecurity,
  summary: 'Add a person with roles; new addresses receive an invitation',
  request: { params: orgCodeParams, body: jsonBody(createOrgUserRequestSchema) },
  responses: {
    201: jsonResponse('Toegevoegd', orgUserSchema),
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});
const setRoles = createRoute({
  method: 'put',
  path: '/api/v1/orgs/{code}/users/{id}/roles',
  tags,
  security: sessionSecurity,
  summary: "Replace a member's roles in this organisation",
  request: { params: userParams, body: jsonBody(setRolesRequestSchema) },
  responses: {
    200: jsonResponse('Bijgewerkt', orgUserSchema),
    ...problems(400, 401, 403, 404, 409),
  },
});
const removeUser = createRoute({
  method: 'delete',
  path: '/api/v1/orgs/{code}/users/{id}',
  tags,
  security: sessionSecurity,
  summary: 'Remove a member from this organisation',
  request: { params: userParams },
  responses: { 204: noContent, ...problems(401, 403, 404, 409) },
});
const resendInvitation = createRoute({
  method: 'post',
  path: '/api/v1/orgs/{code}/users/{id}/invitation',
  tags,
  security: sessionSecurity,
  summary: 'Send a new invitation to a member who has not signed in yet',
  request: { params: userParams },
  responses: { 204: noContent, ...problems(401, 403, 404, 409) },
});

export function organisationsRoutes(app: App): void {
  app.openapi(listOrgs, async (c) => {
    const actor = requireActor(c);
    if (!isMinisterieBeheerder(actor))
      throw forbidden('Alleen een beheerder van het ministerie ziet alle organisaties.');
    const organisations = await store.listOrganisations(c.var.deps.db);
    return c.json({ organisations: organisations.map(presentOrganisation) }, 200);
  });

  app.openapi(listUsers, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    const org = await loadAuthorized(c.var.deps, actor, code, 'user.list');
    const users = await store.listOrgUsers(c.var.deps.db, org.id);
    const now = c.var.deps.clock();
    return c.json(
      {
        organisation: presentOrganisation(org),
        users: users.map((u) => presentOrgUser(u, now)),
        assignableRoles: [...rolesByOrganisationType[org.type]],
      },
      200,
    );
  });

  app.openapi(createUser, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    const input = c.req.valid('json');
    const { deps } = c.var;
    const org = await loadAuthorized(
      deps,
      actor,
      code,
      input.roles.length === 1 && input.roles[0] === 'beheerder'
        ? 'user.createFirstBeheerder'
        : 'user.create',
    );
    const added = await deps.db.transaction((tx) =>
      addMember(tx, deps, org, input, actor.userId, 'http'),
    );
    const user = await findUserById(deps.db, added.userId);
    if (added.invitation && user)
      await sendInvitation(deps, user, org, added.invitation, publicBaseUrl(c));
    const [row] = await store.listOrgUsers(deps.db, org.id, added.userId);
    if (!row) throw notFound();
    return c.json(presentOrgUser(row, deps.clock()), 201);
  });

  app.openapi(setRoles, async (c) => {
    const actor = requireActor(c);
    const { code, id } = c.req.valid('param');
    const { roles } = c.req.valid('json');
    const { deps } = c.var;
    const org = await loadAuthorized(deps, actor, code, 'user.update');
    await deps.db.transaction((tx) => setMemberRoles(tx, deps, org, id, roles, actor.userId));
    const [row] = await store.listOrgUsers(deps.db, org.id, id);
    if (!row) throw notFound();
    return c.json(presentOrgUser(row, deps.clock()), 200);
  });

  app.openapi(removeUser, async (c) => {
    const actor = requireActor(c);
    const { code, id } = c.req.valid('param');
    const { deps } = c.var;
    const org = await loadAuthorized(deps, actor, code, 'user.remove');
    await deps.db.transaction((tx) => removeMember(tx, deps, org, id, actor.userId));
    return c.body(null, 204);
  });

  app.openapi(resendInvitation, async (c) => {
    const actor = requireActor(c);
    const { code, id } = c.req.valid('param');
    const { deps } = c.var;
    const org = await loadAuthorized(deps, actor, code, 'user.update');
    const [member] = await store.listOrgUsers(deps.db, org.id, id);
    if (!member) throw notFound('Deze gebruiker is geen lid van deze organisatie.');
    if (member.password_hash_set)
      throw new ProblemError(
        409,
        'Deze gebruiker heeft de uitnodiging al geaccepteerd.',
        'al-actief',
      );
    const token = await deps.db.transaction(async (tx) => {
      const issued = await issueToken(tx, id, 'invitation', deps.clock());
      await recordEvent(tx, {
        actorUserId: actor.userId,
        organisationId: org.id,
        action: 'invitation.resend',
        objectType: 'user',
        objectId: id,
        origin: 'http',
        occurredAt: deps.clock(),
      });
      return issued;
    });
    await sendInvitation(deps, member, org, token, publicBaseUrl(c));
    return c.body(null, 204);
  });
}
