// SPDX-License-Identifier: EUPL-1.2
import { Alert } from '../ui/Alert';

import { useTotpCodes } from './use-totp-codes';

/** Demo mode only: the code the demo account's authenticator app would show now. */
export function DemoCode({ secret }: { secret: string }) {
  const codes = useTotpCodes([secret]);
  return (
    <Alert type="info" live={false}>
      <p className="utrecht-paragraph">
        Demo: huidige code <code className="utrecht-code">{codes[secret] ?? '…'}</code>
      </p>
    </Alert>
  );
}
