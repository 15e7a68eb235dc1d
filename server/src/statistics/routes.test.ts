// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { IndicatorCard, IndicatorList } from '../../../common/contracts/statistics';
import { indicators, notProofSentence } from '../../../common/statistics/indicators';
import { buildOrganisation, buildUser, signedIn, type TestClient } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';

let h: Harness;
let analist: TestClient;

beforeAll(async () => {
  h = await createHarness();
  const org = await buildOrganisation(h.deps);
  analist = await signedIn(h, await buildUser(h.deps, [{ org, role: 'analist' }], { totp: false }));
});
afterAll(() => h.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  analist.request('GET', path, undefined, headers);
const crime = '/api/v1/indicators/geregistreerde-misdrijven-per-1000-inwoners';

/** Runs `work` with the statistics endpoints public, as with WEERBAAR_PUBLIC_STATISTICS=true. */
async function asPublic(work: () => Promise<void>): Promise<void> {
  h.deps.config.WEERBAAR_PUBLIC_STATISTICS = true;
  try {
    await work();
  } finally {
    h.deps.config.WEERBAAR_PUBLIC_STATISTICS = false;
  }
}

describe('GET /api/v1/indicators', () => {
  it('lists every indicator with theme label, unit, levels, periods and a link to its card', async () => {
    const response = await get('/api/v1/indicators');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
    const body = (await response.json()) as IndicatorList;
    expect(body.indicators).toHaveLength(indicators.length);
    expect(body.themes.map((t) => t.label)).toContain('economie en kwetsbare branches');
    expect(
      body.indicators.find((i) => i.id === 'geregistreerde-misdrijven-per-1000-inwoners'),
    ).toEqual({
      id: 'geregistreerde-misdrijven-per-1000-inwoners',
      name: 'Geregistreerde misdrijven per 1.000 inwoners',
      theme: 'criminaliteit',
      themeLabel: 'criminaliteit',
      unit: 'per 1.000 inwoners',
      kind: 'ratio',
      direction: 'higher-more-attention',
      levels: ['land', 'gemeente'],
      periods: [2024, 2023, 2022],
      href: crime,
    });
  });

  it('needs a signed-in user by default, and no one when statistics are public', async () => {
    expect((await h.app.request('/api/v1/indicators')).status).toBe(401);
    expect((await h.app.request(crime)).status).toBe(401);
    await asPublic(async () => {
      const open = await h.app.request('/api/v1/indicators');
      expect(open.status).toBe(200);
      expect(open.headers.get('cache-control')).toBe('public, max-age=3600');
      expect((await h.app.request(crime)).status).toBe(200);
    });
  });

  it('answers 304 when If-None-Match carries the ETag', async () => {
    const first = await get('/api/v1/indicators');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/api/v1/indicators', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const card = await get(crime);
    const cardAgain = await get(crime, { 'If-None-Match': card.headers.get('etag') ?? '' });
    expect(cardAgain.status).toBe(304);
    expect(card.headers.get('etag')).not.toBe(etag);
  });
});

describe('GET /api/v1/indicators/{id}', () => {
  it('serves the methodology card with variables, source, attribution and caveats', async () => {
    const response = await get(crime);
    expect(response.status).toBe(200);
    const card = (await response.json()) as IndicatorCard;
    expect(card).toMatchObject({
      kind: 'ratio',
      multiplier: 1000,
      numerator: { id: 'registered_crimes', label: 'Geregistreerde misdrijven', unit: 'aantal' },
      denominator: { id: 'population', label: 'Inwoners', unit: 'aantal' },
      value: null,
      attribution: 'Bron: Politie; CBS',
    });
    expect(card.sources.map((s) => s.tableId)).toContain('47013NED');
    expect(card.methodology.computation).toMatch(/nooit een gemiddelde/);
    expect(card.methodology.caveats.join(' ')).toMatch(/aangiftebereidheid/);
    expect(card.methodology.text).toContain(notProofSentence);
  });

  it('gives every card the not-proof sentence and a CBS attribution where CBS is the source', async () => {
    for (const indicator of indicators) {
      const card = (await (
        await get(`/api/v1/indicators/${indicator.id}`)
      ).json()) as IndicatorCard;
      expect(card.methodology.text, indicator.id).toContain(notProofSentence);
      if (indicator.sources.every((s) => s.publisher === 'CBS'))
        expect(card.attribution).toBe('Bron: CBS');
    }
    const privateRental = (await (
      await get('/api/v1/indicators/aandeel-particuliere-huurwoningen')
    ).json()) as IndicatorCard;
    expect(privateRental).toMatchObject({
      kind: 'mean',
      value: { id: 'rented_pct' },
      minus: { id: 'corporation_rented_pct' },
      weight: { id: 'dwellings' },
    });
  });

  it('answers an unknown id with 404 saying where the list is', async () => {
    const response = await get('/api/v1/indicators/herkomst');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain(
      'GET /api/v1/indicators',
    );
  });
});
