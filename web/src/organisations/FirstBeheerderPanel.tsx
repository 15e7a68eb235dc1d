// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationView } from '../../../common/contracts/accounts';
import { common } from '../../../common/messages/nl';
import { Button } from '../ui/Button';
import { Paragraph } from '../ui/Paragraph';
import { InviteUserForm } from '../users/InviteUserForm';
import { focusById, usePanelFocus } from '../users/use-panel-focus';

/** The form to invite the first beheerder of one organisation. */
export function FirstBeheerderPanel({
  organisation,
  onCancel,
  onInvited,
}: {
  organisation: OrganisationView;
  onCancel: () => void;
  onInvited: (notice: string) => void;
}) {
  const headingRef = usePanelFocus<HTMLHeadingElement>(organisation.id);
  const backToRow = () => focusById(`organisatie-${organisation.id}`);
  return (
    <section aria-labelledby="eerste-beheerder-titel" className="weerbaar-panel">
      <h2 id="eerste-beheerder-titel" className="utrecht-heading-2" tabIndex={-1} ref={headingRef}>
        Eerste beheerder voor {organisation.name}
      </h2>
      <Paragraph>
        Deze persoon krijgt de rol Beheerder en een uitnodiging per e-mail. Bij het eerste inloggen
        stelt hij of zij een tweede factor in.
      </Paragraph>
      <InviteUserForm
        code={organisation.code}
        assignableRoles={['beheerder']}
        fixedRoles={['beheerder']}
        onInvited={(user) => {
          backToRow();
          onInvited(`${user.name} is uitgenodigd als beheerder van ${organisation.name}.`);
        }}
      />
      <Button
        appearance="subtle"
        onClick={() => {
          backToRow();
          onCancel();
        }}
      >
        {common.cancel}
      </Button>
    </section>
  );
}
