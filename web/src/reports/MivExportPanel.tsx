// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import { reportSettingsSchema } from '../../../common/contracts/reports';
import { apiSend, errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { PlainLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

const settingsPath = (code: string) => `/api/v1/orgs/${encodeURIComponent(code)}/report-settings`;

/** The beheerder's switch: share the figures with the ministerie for the monitor, or stop. */
function OptIn({ code }: { code: string }) {
  const settings = useQuery(settingsPath(code), reportSettingsSchema);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (settings.status !== 'success') return null;
  const on = settings.data.mivExport;
  const change = async () => {
    setBusy(true);
    setError(null);
    try {
      await apiSend('PUT', settingsPath(code), { mivExport: !on }, reportSettingsSchema);
      settings.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Paragraph>
        {on
          ? 'Uw organisatie deelt deze cijfers met het ministerie voor de Monitor Integriteit & Veiligheid.'
          : 'Uw organisatie deelt deze cijfers niet met het ministerie.'}
      </Paragraph>
      {error ? <Alert type="error">{error}</Alert> : null}
      <Button busy={busy} onClick={() => void change()}>
        {on ? 'Stop met delen' : 'Deel met het ministerie'}
      </Button>
    </>
  );
}

/**
 * The anonymised export in the categories of the Monitor Integriteit & Veiligheid: only counts,
 * with the same suppression as the figures. A beheerder decides whether the ministerie gets it.
 */
export function MivExportPanel({
  code,
  from,
  to,
  beheerder,
}: {
  code: string;
  from: string;
  to: string;
  beheerder: boolean;
}) {
  const query = `organisation=${encodeURIComponent(code)}&from=${from}&to=${to}`;
  return (
    <section aria-labelledby="miv-export-kop">
      <Heading level={2} id="miv-export-kop">
        Export voor de Monitor Integriteit &amp; Veiligheid
      </Heading>
      <Paragraph>
        Alleen aantallen per soort voorval, online en offline, en aangifte. Zonder namen of inhoud.
        Kleine aantallen zijn afgeschermd.
      </Paragraph>
      <Paragraph>
        <PlainLink href={`/api/v1/reports/miv-export?${query}&format=csv`} download>
          Download als CSV
        </PlainLink>{' '}
        <PlainLink href={`/api/v1/reports/miv-export?${query}&format=json`} download>
          Download als JSON
        </PlainLink>
      </Paragraph>
      {beheerder ? <OptIn code={code} /> : null}
    </section>
  );
}
