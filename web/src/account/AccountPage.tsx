// SPDX-License-Identifier: EUPL-1.2
import { useMe } from '../session/session-context';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';

import { PasswordSection } from './PasswordSection';
import { SecondFactorSection } from './SecondFactorSection';
import { SessionsSection } from './SessionsSection';

/** The user's own account: password, second factor and active sessions. */
export function AccountPage() {
  const me = useMe();
  return (
    <>
      <PageHeading>Mijn account</PageHeading>
      <Paragraph lead>
        {me.user.name} ({me.user.email})
      </Paragraph>
      <PasswordSection />
      <SecondFactorSection />
      <SessionsSection />
    </>
  );
}
