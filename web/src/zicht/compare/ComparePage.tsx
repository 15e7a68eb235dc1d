// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import {
  regionProfileSchema,
  type RegionProfile,
} from '../../../../common/contracts/statistics-values';
import { apiGet } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading, PageHeading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { LoadError, Loading } from '../../ui/Status';
import { ZichtNav } from '../ZichtNav';
import { zichtPaths } from '../api';

import { SmallMultiple } from './SmallMultiple';

/** At most this many regions side by side: more bars than that are no longer readable. */
export const maxCompared = 5;

const codePattern = /^(GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4})$/;

/** Reads `?regio=GM0363,GM0599`: valid, distinct codes (at most five) and notices for the rest. */
export function readCompareCodes(raw: string | null): { codes: string[]; notices: string[] } {
  const notices: string[] = [];
  const asked = (raw ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const valid = [...new Set(asked.filter((c) => codePattern.test(c)))];
  const invalid = asked.filter((c) => !codePattern.test(c));
  if (invalid.length) notices.push(`Geen regiocode: ${invalid.join(', ')}.`);
  if (valid.length > maxCompared)
    notices.push(
      `U kunt ${maxCompared} gebieden tegelijk vergelijken; de eerste ${maxCompared} staan hieronder.`,
    );
  return { codes: valid.slice(0, maxCompared), notices };
}

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; profiles: RegionProfile[] };

/** Up to five regions side by side: one small multiple per indicator, with the national value. */
export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const { codes, notices } = useMemo(() => readCompareCodes(params.get('regio')), [params]);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [draft, setDraft] = useState('');
  const key = codes.join(',');
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    setLoaded({ status: 'loading' });
    Promise.all(
      key
        .split(',')
        .map((c) =>
          apiGet(zichtPaths.profile(c), regionProfileSchema, { signal: controller.signal }),
        ),
    ).then(
      (profiles) => setLoaded({ status: 'success', profiles }),
      (error: unknown) => !controller.signal.aborted && setLoaded({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [key]);
  const add = () => {
    const next = readCompareCodes([...codes, draft].join(','));
    setParams({ regio: next.codes.join(',') });
    setDraft('');
  };
  return (
    <>
      <PageHeading>Zicht: vergelijken</PageHeading>
      <ZichtNav />
      {notices.length > 0 ? (
        <Alert type="warning" heading="Niet alles uit de link kon worden gebruikt">
          <ul className="utrecht-unordered-list">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <form
        className="weerbaar-filters zicht-no-print"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="zicht-vergelijk-code">
              Gebied toevoegen (code, bijvoorbeeld GM0363 of WK036300)
            </label>
          </div>
          <input
            id="zicht-vergelijk-code"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            disabled={codes.length >= maxCompared}
          />
        </div>
        <Button type="submit" disabled={codes.length >= maxCompared || !draft.trim()}>
          Toevoegen
        </Button>
      </form>
      {codes.length === 0 ? (
        <Paragraph>
          Kies tot {maxCompared} gemeenten, wijken of buurten om naast elkaar te zetten.
        </Paragraph>
      ) : null}
      {codes.length > 0 && loaded.status === 'loading' ? (
        <Loading label="Profielen laden…" />
      ) : null}
      {loaded.status === 'error' ? <LoadError error={loaded.error} /> : null}
      {codes.length > 0 && loaded.status === 'success' ? (
        <Comparison
          profiles={loaded.profiles}
          onRemove={(code) => setParams({ regio: codes.filter((c) => c !== code).join(',') })}
        />
      ) : null}
    </>
  );
}

function Comparison({
  profiles,
  onRemove,
}: {
  profiles: RegionProfile[];
  onRemove: (code: string) => void;
}) {
  const regions = profiles.map((p) => p.region);
  // Themes and indicators in catalogue order, as far as any of the regions has them.
  const themes = profiles[0]!.themes.map((t) => t.id);
  for (const p of profiles) for (const t of p.themes) if (!themes.includes(t.id)) themes.push(t.id);
  return (
    <>
      <ul className="utrecht-unordered-list">
        {regions.map((r) => (
          <li key={r.code}>
            {r.name} ({r.code}){' '}
            <Button
              appearance="subtle"
              onClick={() => onRemove(r.code)}
              aria-label={`${r.name} weghalen`}
            >
              weghalen
            </Button>
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph zicht-caveat">{profiles[0]!.notProof}</p>
      {themes.map((themeId) => {
        const label = profiles.flatMap((p) => p.themes).find((t) => t.id === themeId)!.label;
        const ids: string[] = [];
        for (const p of profiles)
          for (const i of p.themes.find((t) => t.id === themeId)?.indicators ?? [])
            if (!ids.includes(i.id)) ids.push(i.id);
        return (
          <section key={themeId} aria-labelledby={`zicht-thema-${themeId}`}>
            <Heading level={2} id={`zicht-thema-${themeId}`}>
              {label.charAt(0).toUpperCase() + label.slice(1)}
            </Heading>
            <div className="zicht-bars">
              {ids.map((id) => (
                <SmallMultiple
                  key={id}
                  entries={profiles.map((p) => ({
                    region: p.region,
                    indicator:
                      p.themes.flatMap((t) => t.indicators).find((i) => i.id === id) ?? null,
                  }))}
                />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
