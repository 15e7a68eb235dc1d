// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { OrganisationType, Role } from '../../common/accounts/roles';
import { provisionUser } from '../src/accounts/provision';
import { currentTotpCode, newTotpSecret } from '../src/accounts/totp';
import {
  findOrganisationByCode,
  upsertOrganisation,
  type OrganisationRecord,
} from '../src/organisations/store';
import type { Queryable } from '../src/platform/db';
import type { Deps } from '../src/platform/deps';

import type { Harness } from './harness';

let counter = 0;
const unique = () => `${++counter}${randomBytes(3).toString('hex')}`;

/** An organisation of the given type with a unique code. */
export async function buildOrganisation(
  deps: Deps,
  type: OrganisationType = 'gemeente',
  code?: string,
): Promise<OrganisationRecord> {
  const orgCode =
    code ??
    (type === 'gemeente'
      ? `GM${String(1000 + (counter++ % 9000))}`
      : `${type.toUpperCase()}-${unique().toUpperCase()}`);
  await deps.db.transaction((tx) =>
    upsertOrganisation(tx, { code: orgCode, type, name: `Test ${type} ${orgCode}` }),
  );
  const org = await findOrganisationByCode(deps.db, orgCode);
  if (!org) throw new Error('organisation not created');
  return org;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  totpSecret: string | null;
}

/** An active user with the given memberships; with `totp` (default) a second factor is enrolled. */
export async function buildUser(
  deps: Deps,
  memberships: { org: OrganisationRecord; role: Role }[],
  options: { totp?: boolean; name?: string } = {},
): Promise<TestUser> {
  const email = `gebruiker-${unique()}@test.weerbaar.nl`;
  const password = `proef-wachtwoord-${unique()}`;
  const totpSecret = options.totp === false ? null : newTotpSecret();
  const { userId } = await deps.db.transaction((tx) =>
    provisionUser(
      tx,
      deps,
      {
        email,
        name: options.name ?? `Test Gebruiker ${unique()}`,
        password,
        memberships: memberships.map((m) => ({ organisationId: m.org.id, role: m.role })),
        ...(totpSecret ? { totpSecret } : {}),
      },
      'system',
    ),
  );
  return { id: userId, email, password, totpSecret };
}

/** A signed-in browser: cookie jar plus CSRF token, with helpers for JSON requests. */
export class TestClient {
  cookie = '';
  csrf = '';
  constructor(private readonly harness: Harness) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
    };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await this.harness.app.request(path, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const match = /^([^=]+)=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[2] ? `${match[1]}=${match[2]}` : '';
    }
    return response;
  }

  async refreshCsrf(): Promise<void> {
    const response = await this.request('GET', '/api/v1/session');
    this.csrf = response.ok ? ((await response.json()) as { csrfToken: string }).csrfToken : '';
  }

  /** Password step plus TOTP step; moves the test clock 30 s afterwards so the next TOTP code is fresh. */
  async signIn(user: TestUser): Promise<void> {
    const first = await this.request('POST', '/api/v1/session', {
      email: user.email,
      password: user.password,
    });
    if (first.status !== 200)
      throw new Error(`sign-in failed: ${first.status} ${await first.text()}`);
    const { mfaRequired } = (await first.json()) as { mfaRequired: boolean };
    if (mfaRequired && user.totpSecret) {
      await this.refreshCsrf();
      const second = await this.request('POST', '/api/v1/session/mfa', {
        code: currentTotpCode(user.totpSecret, this.harness.clock.now()),
      });
      if (second.status !== 204)
        throw new Error(`mfa failed: ${second.status} ${await second.text()}`);
      this.harness.clock.advance(30_000);
    }
    await this.refreshCsrf();
  }
}

/** Signs the user in and returns a ready client. */
export async function signedIn(harness: Harness, user: TestUser): Promise<TestClient> {
  const client = new TestClient(harness);
  await client.signIn(user);
  return client;
}

/**
 * The regions a statistics package names (values.csv: level and region code), written into the
 * `region` table of `year` with their parents, so `stats import` finds them. Returns the codes.
 */
export async function buildPackageRegions(
  db: Queryable,
  packageDir: string,
  year: number,
): Promise<string[]> {
  const [header, ...lines] = readFileSync(join(packageDir, 'values.csv'), 'utf8')
    .trim()
    .split('\n');
  const names = header?.split(',') ?? [];
  const at = (name: string) => names.indexOf(name);
  const levels = new Map<string, string>();
  for (const line of lines) {
    const fields = line.split(',');
    levels.set(fields[at('region_code')] ?? '', fields[at('level')] ?? '');
  }
  const parentOf = (code: string) =>
    code.startsWith('BU')
      ? `WK${code.slice(2, 8)}`
      : code.startsWith('WK')
        ? `GM${code.slice(2, 6)}`
        : code.startsWith('GM')
          ? 'NL00'
          : null;
  const gemeenteOf = (code: string) => (code === 'NL00' ? null : `GM${code.slice(2, 6)}`);
  const codes = [...levels.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const code of codes)
    await db.query(
      `insert into region (year, code, level, name, parent_code, gemeente_code)
       values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
      [year, code, levels.get(code), `Gebied ${code}`, parentOf(code), gemeenteOf(code)],
    );
  return codes;
}
