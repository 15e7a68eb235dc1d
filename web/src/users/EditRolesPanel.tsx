// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import type { Role } from '../../../common/accounts/roles';
import type { OrgUser } from '../../../common/contracts/accounts';
import { common, roleLabels } from '../../../common/messages/nl';
import { Button, ButtonGroup } from '../ui/Button';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useFormErrors } from '../ui/use-form-errors';

import { actionButtonId } from './UserTable';
import { setUserRoles } from './api';
import { focusById, usePanelFocus } from './use-panel-focus';

const idFor = (field: string) => `rollen-${field}`;

/** Changes one user's roles in this organisation. */
export function EditRolesPanel({
  code,
  user,
  assignableRoles,
  onCancel,
  onSaved,
}: {
  code: string;
  user: OrgUser;
  assignableRoles: readonly Role[];
  onCancel: () => void;
  onSaved: (user: OrgUser) => void;
}) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const headingRef = usePanelFocus<HTMLHeadingElement>(user.id);
  // Roles the user has but this beheerder cannot assign stay visible, so saving never drops them silently.
  const options = [...new Set([...assignableRoles, ...user.roles])].map((role) => ({
    value: role,
    label: roleLabels[role],
  }));

  const cancel = () => {
    focusById(actionButtonId('roles', user.id));
    onCancel();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !form.fromFields(
        roles.length > 0
          ? {}
          : {
              roles:
                'Kies minstens één rol. Wilt u iemand weghalen uit de organisatie? Kies dan Verwijderen.',
            },
      )
    ) {
      return;
    }
    setBusy(true);
    try {
      const saved = await setUserRoles(code, user.id, roles);
      focusById(actionButtonId('roles', user.id));
      onSaved(saved);
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="rollen-titel" className="weerbaar-panel">
      <h2 id="rollen-titel" className="utrecht-heading-2" tabIndex={-1} ref={headingRef}>
        Rollen van {user.name} wijzigen
      </h2>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <CheckboxGroup
          id={idFor('roles')}
          legend="Rollen"
          description="Een rol bepaalt wat iemand mag zien en doen in deze organisatie."
          options={options}
          values={roles}
          onValuesChange={(values) => setRoles(values.filter((v): v is Role => v in roleLabels))}
          error={form.errors.fields.roles}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {common.save}
          </Button>
          <Button appearance="subtle" onClick={cancel}>
            {common.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
