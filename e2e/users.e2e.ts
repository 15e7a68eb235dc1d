// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';

import { hasChromium } from './support/browser';
import { linkInMail, waitForMail } from './support/mail';
import { freshTotpCode, pageHeading, signIn, submitPassword } from './support/sign-in';
import { useWeerbaar } from './support/weerbaar';

describe.skipIf(!hasChromium)('inviting a user who then enrols a second factor', () => {
  const weerbaar = useWeerbaar();

  it('lets the beheerder invite a behandelaar, who activates the account, links an authenticator app and becomes active', async () => {
    const newUser = {
      name: 'Test Behandelaar E2E',
      email: `behandelaar-${Date.now()}@e2e.example.org`,
      password: 'een zin van vijf woorden lang',
    };
    const admin = await weerbaar.newPage();
    await signIn(admin, weerbaar.account('beheerder@aalsmeer.demo.weerbaar.nl'));

    // The beheerder invites the new person.
    await admin.goto('/beheer/GM0358/gebruikers');
    await pageHeading(admin, 'Gebruikers van Aalsmeer').waitFor();
    const invite = admin.getByRole('region', { name: 'Gebruiker uitnodigen' });
    await invite.getByLabel('Naam', { exact: true }).fill(newUser.name);
    await invite.getByLabel('E-mailadres', { exact: true }).fill(newUser.email);
    await invite.getByRole('checkbox', { name: 'Behandelaar', exact: true }).check();
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `${newUser.name} is uitgenodigd` })
      .waitFor();
    const row = admin.getByRole('row').filter({ hasText: newUser.email });
    expect(await row.textContent()).toContain('Uitgenodigd');

    // The invitation arrives by SMTP; its link opens in the invitee's own browser.
    const mail = await waitForMail(weerbaar.mailbox, newUser.email);
    expect(mail.text).toContain(`Beste ${newUser.name}`);
    const invitee = await weerbaar.newPage();
    await invitee.goto(linkInMail(mail, '/uitnodiging'));
    await pageHeading(invitee, 'Account activeren').waitFor();
    await invitee.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newUser.password);
    await invitee.getByLabel('Herhaal nieuw wachtwoord', { exact: true }).fill(newUser.password);
    await invitee.getByRole('button', { name: 'Account activeren' }).click();
    await pageHeading(invitee, 'Inloggen').waitFor();
    await invitee.getByRole('status').filter({ hasText: 'Uw account is klaar' }).waitFor();

    // Signing in asks for a second factor first, because a behandelaar sees confidential data.
    await submitPassword(invitee, newUser.email, newUser.password);
    await pageHeading(invitee, 'Tweede factor instellen').waitFor();
    await invitee.getByRole('button', { name: 'Begin met instellen' }).click();
    const secret = (await invitee.locator('code.weerbaar-secret').textContent())?.replace(
      /\s/g,
      '',
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await invitee.getByLabel('Code uit de app').fill(await freshTotpCode(secret ?? ''));
    await invitee.getByRole('button', { name: 'Koppelen' }).click();

    // Recovery codes are shown once and must be acknowledged before going on.
    const codes = invitee.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await invitee.getByRole('button', { name: 'Verder' }).click();
    await invitee
      .getByRole('alert')
      .getByText('Vink aan dat u de herstelcodes heeft bewaard.')
      .waitFor();
    await invitee.getByLabel('Ik heb mijn herstelcodes op een veilige plek bewaard').check();
    await invitee.getByRole('button', { name: 'Verder' }).click();
    await pageHeading(invitee, `Welkom, ${newUser.name}`).waitFor();
    expect(
      await invitee.getByRole('region', { name: 'Uw organisaties en rollen' }).textContent(),
    ).toContain('Aalsmeer (Gemeente): Behandelaar');

    // The beheerder's list now shows the person as active, with a second factor.
    await admin.reload();
    const activeRow = admin
      .getByRole('row')
      .filter({ hasText: newUser.email })
      .filter({ hasText: 'Actief' });
    await activeRow.waitFor();
    const cells = await activeRow.getByRole('cell').allTextContents();
    expect(cells).toEqual([
      newUser.email,
      'Behandelaar',
      'Actief',
      'ja',
      expect.stringContaining('Rollen wijzigen'),
    ]);
  });
});
