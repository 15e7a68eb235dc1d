// SPDX-License-Identifier: EUPL-1.2
import { Alert } from '../ui/Alert';

/** Always on the meldpunt pages: in acute danger, call 112 first. */
export function EmergencyNotice() {
  return (
    <Alert type="warning" heading="Bent u in direct gevaar?" live={false}>
      <p className="utrecht-paragraph">
        Bel meteen{' '}
        <a className="utrecht-link utrecht-link--html-a" href="tel:112">
          112
        </a>
        . Ga naar een veilige plek en waarschuw de bode of beveiliging. Een melding hier kan daarna.
      </p>
    </Alert>
  );
}
