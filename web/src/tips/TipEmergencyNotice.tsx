// SPDX-License-Identifier: EUPL-1.2
import { Alert } from '../ui/Alert';

const link = 'utrecht-link utrecht-link--html-a';

/** Always on the tip pages: in danger call 112; anonymously to the police via Meld Misdaad Anoniem. */
export function TipEmergencyNotice() {
  return (
    <Alert type="warning" heading="Is er nu gevaar?" live={false}>
      <p className="utrecht-paragraph">
        Bel meteen{' '}
        <a className={link} href="tel:112">
          112
        </a>
        . Wilt u een misdrijf anoniem aan de politie doorgeven? Bel Meld Misdaad Anoniem:{' '}
        <a className={link} href="tel:08007000">
          0800-7000
        </a>{' '}
        (gratis).
      </p>
    </Alert>
  );
}
