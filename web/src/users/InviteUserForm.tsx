// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';

import type { Role } from '../../../common/accounts/roles';
import type { OrgUser } from '../../../common/contracts/accounts';
import { roleLabels } from '../../../common/messages/nl';
import { Button } from '../ui/Button';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/Textbox';
import { useFormErrors } from '../ui/use-form-errors';

import { inviteUser } from './api';

const idFor = (field: string) => `uitnodigen-${field}`;

/** Invites a new user with one or more roles; the server sends the invitation email. */
export function InviteUserForm({
  code,
  assignableRoles,
  onInvited,
  fixedRoles,
}: {
  code: string;
  assignableRoles: readonly Role[];
  onInvited: (user: OrgUser) => void;
  /** Invite with these roles and do not ask (used for a first beheerder). */
  fixedRoles?: Role[];
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = fixedRoles ?? roles;
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'Vul de naam in.';
    if (!email.trim()) fields.email = 'Vul het e-mailadres in.';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      fields.email = 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.';
    }
    if (chosen.length === 0) fields.roles = 'Kies minstens één rol.';
    if (!form.fromFields(fields)) return;
    setBusy(true);
    try {
      const user = await inviteUser(code, {
        name: name.trim(),
        email: email.trim(),
        roles: chosen,
      });
      setName('');
      setEmail('');
      setRoles([]);
      onInvited(user);
    } catch (error) {
      form.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <TextField
          id={idFor('name')}
          label="Naam"
          autoComplete="off"
          value={name}
          onValueChange={setName}
          error={form.errors.fields.name}
        />
        <TextField
          id={idFor('email')}
          label="E-mailadres"
          description="Hierheen sturen we de uitnodiging. De link is een beperkte tijd geldig."
          type="email"
          autoComplete="off"
          value={email}
          onValueChange={setEmail}
          error={form.errors.fields.email}
        />
        {fixedRoles ? null : (
          <CheckboxGroup
            id={idFor('roles')}
            legend="Rollen"
            options={assignableRoles.map((role) => ({ value: role, label: roleLabels[role] }))}
            values={roles}
            onValuesChange={(values) => setRoles(values.filter((v): v is Role => v in roleLabels))}
            error={form.errors.fields.roles}
          />
        )}
        <Button type="submit" appearance="primary" busy={busy}>
          Uitnodiging versturen
        </Button>
      </form>
    </>
  );
}
