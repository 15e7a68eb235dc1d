// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import type { OrgUser } from '../../../common/contracts/accounts';
import { common } from '../../../common/messages/nl';
import { errorMessage } from '../api/client';
import { Alert } from '../ui/Alert';
import { Button, ButtonGroup } from '../ui/Button';
import { Paragraph } from '../ui/Paragraph';

import { actionButtonId } from './UserTable';
import { removeUser } from './api';
import { focusById, usePanelFocus } from './use-panel-focus';

/** Asks for confirmation, then removes the user from this organisation. */
export function RemoveUserPanel({
  code,
  user,
  organisation,
  onCancel,
  onRemoved,
}: {
  code: string;
  user: OrgUser;
  organisation: string;
  onCancel: () => void;
  onRemoved: (user: OrgUser) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = usePanelFocus<HTMLHeadingElement>(user.id);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await removeUser(code, user.id);
      headingRef.current?.closest('main')?.querySelector<HTMLElement>('h1')?.focus();
      onRemoved(user);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="verwijderen-titel" className="weerbaar-panel">
      <h2 id="verwijderen-titel" className="utrecht-heading-2" tabIndex={-1} ref={headingRef}>
        {user.name} verwijderen?
      </h2>
      {error ? <Alert type="error">{error}</Alert> : null}
      <Paragraph>
        {user.name} ({user.email}) kan dan niet meer bij de gegevens van {organisation}. Het account
        zelf blijft bestaan, net als lidmaatschappen van andere organisaties. U kunt de persoon
        later opnieuw uitnodigen.
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary" danger busy={busy} onClick={() => void remove()}>
          Ja, verwijderen
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            focusById(actionButtonId('remove', user.id));
            onCancel();
          }}
        >
          {common.cancel}
        </Button>
      </ButtonGroup>
    </section>
  );
}
