// SPDX-License-Identifier: EUPL-1.2
import { createRoute } from '@hono/zod-openapi';

import type { Role } from '../../../common/accounts/roles';
import { demoAccountListSchema } from '../../../common/contracts/accounts';
import { isDemoMode, type Config } from '../platform/config';
import type { App } from '../platform/http/env';
import { jsonResponse } from '../platform/http/openapi';

const listDemoAccounts = createRoute({
  method: 'get',
  path: '/api/v1/demo',
  tags: ['demo'],
  summary: 'Demo accounts with passwords and TOTP secrets (demo mode only; absent in production)',
  responses: { 200: jsonResponse('Demo-accounts', demoAccountListSchema) },
});

interface DemoRow {
  email: string;
  name: string;
  password: string;
  totp_secret: string | null;
  role: Role;
  organisation_code: string;
}

/** Registered only in demo mode: in production the route does not exist at all. */
export function demoRoutes(app: App, config: Config): void {
  if (!isDemoMode(config)) return;
  app.openapi(listDemoAccounts, async (c) => {
    const rows = await c.var.deps.db.query<DemoRow>(
      `select u.email, u.name, d.password, d.totp_secret, d.role, d.organisation_code
         from demo_account d join app_user u on u.id = d.user_id order by d.sort_order`,
    );
    const accounts = rows.map((r) => ({
      email: r.email,
      name: r.name,
      password: r.password,
      totpSecret: r.totp_secret,
      role: r.role,
      organisation: r.organisation_code,
    }));
    return c.json({ accounts }, 200);
  });
}
