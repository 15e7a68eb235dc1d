// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType, Role } from '../accounts/roles';
import type { moduleIds } from '../contracts/accounts';

import { recordLabels, statusLabels } from './reports-nl';
import { tipStatusLabels } from './tips-nl';

// Shared Dutch vocabulary (roles, organisation types, statuses, modules, audit labels) for the UI.

/** Name of the application as shown in the header and page titles. */
export const appName = 'Weerbaar';

/** Words and sentences that several pages use. */
export const common = {
  loading: 'Bezig met laden…',
  save: 'Opslaan',
  cancel: 'Annuleren',
  signIn: 'Inloggen',
  signOut: 'Uitloggen',
  account: 'Mijn account',
  home: 'Start',
  beheer: 'Beheer',
  skipLink: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  footer: 'Weerbaar — open source (EUPL-1.2)',
  errorSummaryHeading: 'Er is iets niet goed gegaan',
  networkError:
    'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
  unexpectedResponse: 'De server gaf een onverwacht antwoord. Probeer het later opnieuw.',
  genericError: 'Er ging iets mis. Probeer het later opnieuw.',
  retry: 'Opnieuw proberen',
  passwordTooShort: 'Kies een wachtwoord van minstens 12 tekens.',
  passwordsDiffer: 'De twee wachtwoorden zijn niet hetzelfde.',
  yes: 'ja',
  no: 'nee',
} as const;

/** Dutch names of roles, as users know them. */
export const roleLabels: Record<Role, string> = {
  beheerder: 'Beheerder',
  analist: 'Analist',
  melder: 'Melder',
  behandelaar: 'Behandelaar',
  vertrouwenspersoon: 'Vertrouwenspersoon',
  bestuurder: 'Bestuurder',
  'provincie-adviseur': 'Provincie-adviseur',
  'riec-analist': 'RIEC-analist',
  ministerie: 'Ministerie',
};

/** Dutch names of organisation types. */
export const organisationTypeLabels: Record<OrganisationType, string> = {
  ministerie: 'Ministerie',
  provincie: 'Provincie',
  riec: 'RIEC',
  gemeente: 'Gemeente',
  waterschap: 'Waterschap',
};

/** Labels of a user's account status (the codes are Dutch already). */
export const userStatusLabels = {
  actief: 'Actief',
  uitgenodigd: 'Uitgenodigd',
  geblokkeerd: 'Geblokkeerd',
  uitgeschakeld: 'Uitgeschakeld',
} as const;

type ModuleId = (typeof moduleIds)[number];

/** Name, one-line purpose and route of every module. */
export const moduleTexts: Record<ModuleId, { name: string; description: string; path: string }> = {
  zicht: {
    name: 'Zicht',
    description: 'Cijfers en kaarten over ondermijning in uw gebied.',
    path: '/zicht',
  },
  meldpunt: {
    name: 'Meldpunt',
    description:
      'Agressie, intimidatie, integriteits- en ondermijningssignalen melden en behandelen.',
    path: '/meldpunt',
  },
  weerbaarheid: {
    name: 'Weerbaarheid',
    description: 'Scans en acties om uw organisatie weerbaarder te maken.',
    path: '/weerbaarheid',
  },
  regie: {
    name: 'Regie',
    description: 'Overzicht van programma, regelingen en ondersteuning.',
    path: '/regie',
  },
  beheer: {
    name: 'Beheer',
    description: 'Gebruikers, rollen en het logboek van uw organisatie.',
    path: '/beheer',
  },
};

/** Plain-language labels of audit actions (as done); unknown codes are shown as they are. */
export const auditActionLabels: Record<string, string> = {
  'session.password': 'Wachtwoord goed (stap 1 van inloggen)',
  'session.oidc': 'Ingelogd via organisatie-account (stap 1)',
  'session.mfa': 'Tweede inlogstap gedaan',
  'session.create': 'Ingelogd',
  'session.create.recovery-code': 'Ingelogd met een herstelcode',
  'session.delete': 'Uitgelogd',
  'session.revoke': 'Sessie afgemeld',
  'session.revoke-all': 'Overal uitgelogd',
  'user.list': 'Gebruikers bekeken',
  'user.create': 'Gebruiker aangemaakt',
  'user.createFirstBeheerder': 'Eerste beheerder aangemaakt',
  'membership.create': 'Gebruiker toegevoegd aan organisatie',
  'user.update': 'Gebruiker gewijzigd',
  'user.roles.update': 'Rollen gewijzigd',
  'user.remove': 'Gebruiker verwijderd uit organisatie',
  'invitation.resend': 'Uitnodiging opnieuw verstuurd',
  'invitation.accept': 'Uitnodiging geaccepteerd',
  'audit.view': 'Logboek bekeken',
  'audit.export': 'Logboek gedownload',
  'totp.enrol.start': 'Koppelen authenticator-app gestart',
  'totp.enrol': 'Authenticator-app gekoppeld',
  'recovery-codes.regenerate': 'Nieuwe herstelcodes gemaakt',
  'password.change': 'Wachtwoord gewijzigd',
  'password.reset.request': 'Wachtwoordherstel aangevraagd',
  'password.reset': 'Wachtwoord hersteld',
  'oidc-identity.link': 'Organisatie-account gekoppeld',
  'organisation.view': 'Organisatie bekeken',
  'organisation.list': 'Organisaties bekeken',
  'organisation.import': 'Organisaties geïmporteerd',
  'organisation.access.denied': 'Toegang tot organisatie geweigerd',
  'keys.rotate': 'Waarden overgezet naar de nieuwe hoofdsleutel',
  'note.list': 'Notities bekeken',
  'note.create': 'Notitie gemaakt',
  'note.update': 'Notitie gewijzigd',
  'note.delete': 'Notitie verwijderd',
  'statistics.import': 'Statistieken geïmporteerd',
  'report.create': 'Melding gedaan',
  'report.draft': 'Concept-melding bewaard',
  'report.draft.update': 'Concept-melding gewijzigd',
  'report.editDraft': 'Concept-melding gewijzigd',
  'report.submit': 'Concept-melding verstuurd',
  'report.list': 'Meldingen bekeken',
  'report.list.overdue': 'Te late meldingen bekeken',
  'report.view': 'Melding bekeken',
  'report.view.breakGlass': 'Melding bekeken met noodtoegang',
  'report.breakGlass': 'Noodtoegang tot een melding genomen',
  'report.transition': 'Stap van een melding gewijzigd',
  'report.assign': 'Behandelaar van een melding gewijzigd',
  'report.escalate': 'Melding opgeschaald',
  'report.record': 'Gegevens bij een melding vastgelegd',
  'report.message': 'Bericht bij een melding gestuurd',
  'report.messages.view': 'Berichten bij een melding bekeken',
  'report.attachment.add': 'Bijlage bij een melding toegevoegd',
  'report.attachment.download': 'Bijlage van een melding gedownload',
  'report.attachments.view': 'Bijlagen van een melding bekeken',
  'report.grant': 'Toegang tot een melding gegeven',
  'report.grant.revoke': 'Toegang tot een melding ingetrokken',
  'report.grants.view': 'Toegang tot een melding bekeken',
  'report.lines.view': 'Indeling in raadslijn en collegelijn bekeken',
  'report.lines.update': 'Indeling in raadslijn en collegelijn gewijzigd',
  'report.workflow.view': 'Stappenplan bekeken',
  'report.workflow.update': 'Stappenplan gewijzigd',
  'report.figures': 'Cijfers van het meldpunt bekeken',
  'report.export.zgw': 'Melding geëxporteerd voor het archief (ZGW)',
  'report.settings.update': 'Instellingen van het meldpunt gewijzigd',
  'report.settings.miv.on': 'Delen voor de Monitor Integriteit & Veiligheid aangezet',
  'report.settings.miv.off': 'Delen voor de Monitor Integriteit & Veiligheid uitgezet',
  'report.miv-export': 'Export voor de Monitor Integriteit & Veiligheid opgehaald',
  'report.retention.anonymise': 'Contactgegevens van melder geanonimiseerd (bewaartermijn)',
  'report.retention.erasePerpetrator': 'Gegevens over de dader gewist (bewaartermijn)',
  'report.retention.delete': 'Melding verwijderd (bewaartermijn)',
  'tip.submit': 'Anonieme tip ontvangen',
  'tip.list': 'Anonieme tips bekeken',
  'tip.view': 'Anonieme tip bekeken',
  'tip.reply': 'Antwoord aan tipgever gestuurd',
  'tip.message.handler': 'Antwoord aan tipgever gestuurd',
  'tip.message.tipper': 'Bericht van tipgever ontvangen',
  'tip.setStatus': 'Status van een tip gewijzigd',
  'tip.convert': 'Tip omgezet in een melding',
  'tip.link': 'Tip gekoppeld aan een melding',
  'tip.attachment.download': 'Bijlage van een tip gedownload',
  'tip.retention.delete': 'Tip verwijderd (bewaartermijn)',
};

// A failed or refused attempt reads better as what was tried ("Inloggen: mislukt") than as done.
const auditAttemptLabels: Record<string, string> = {
  'session.password': 'Inloggen (wachtwoord)',
  'session.mfa': 'Tweede inlogstap',
  'session.create': 'Inloggen',
  'session.create.recovery-code': 'Inloggen met een herstelcode',
  'user.list': 'Gebruikers bekijken',
  'user.create': 'Gebruiker aanmaken',
  'user.update': 'Gebruiker wijzigen',
  'user.roles.update': 'Rollen wijzigen',
  'user.remove': 'Gebruiker verwijderen',
  'audit.view': 'Logboek bekijken',
  'audit.export': 'Logboek downloaden',
  'totp.enrol': 'Authenticator-app koppelen',
  'password.change': 'Wachtwoord wijzigen',
  'password.reset': 'Wachtwoord herstellen',
  'invitation.accept': 'Uitnodiging accepteren',
  'organisation.view': 'Organisatie bekijken',
  'keys.rotate': 'Waarden overzetten naar de nieuwe hoofdsleutel',
  'note.list': 'Notities bekijken',
  'note.create': 'Notitie maken',
  'note.update': 'Notitie wijzigen',
  'note.delete': 'Notitie verwijderen',
  'statistics.import': 'Statistieken importeren',
  'report.create': 'Melding doen',
  'report.editDraft': 'Concept-melding wijzigen',
  'report.list': 'Meldingen bekijken',
  'report.view': 'Melding bekijken',
  'report.breakGlass': 'Noodtoegang tot een melding nemen',
  'report.transition': 'Stap van een melding wijzigen',
  'report.assign': 'Behandelaar van een melding wijzigen',
  'report.escalate': 'Melding opschalen',
  'report.record': 'Gegevens bij een melding vastleggen',
  'report.message': 'Bericht bij een melding sturen',
  'report.messages.view': 'Berichten bij een melding bekijken',
  'report.attachment.add': 'Bijlage bij een melding toevoegen',
  'report.attachment.download': 'Bijlage van een melding downloaden',
  'report.attachments.view': 'Bijlagen van een melding bekijken',
  'report.grant': 'Toegang tot een melding geven',
  'report.grant.revoke': 'Toegang tot een melding intrekken',
  'report.grants.view': 'Toegang tot een melding bekijken',
  'report.lines.view': 'Indeling in raadslijn en collegelijn bekijken',
  'report.lines.update': 'Indeling in raadslijn en collegelijn wijzigen',
  'report.workflow.view': 'Stappenplan bekijken',
  'report.workflow.update': 'Stappenplan wijzigen',
  'report.figures': 'Cijfers van het meldpunt bekijken',
  'report.export.zgw': 'Melding exporteren voor het archief (ZGW)',
  'report.settings.update': 'Instellingen van het meldpunt wijzigen',
  'report.miv-export': 'Export voor de Monitor Integriteit & Veiligheid ophalen',
  'tip.list': 'Anonieme tips bekijken',
  'tip.view': 'Anonieme tip bekijken',
  'tip.reply': 'Antwoord aan tipgever sturen',
  'tip.setStatus': 'Status van een tip wijzigen',
  'tip.convert': 'Tip omzetten in een melding',
  'tip.link': 'Tip koppelen aan een melding',
  'tip.attachment.download': 'Bijlage van een tip downloaden',
};

/** Where an audit event came from, in words; unknown codes are shown as they are. */
export const auditOriginLabels: Record<string, string> = {
  http: 'Web-app of API',
  oidc: 'Inloggen via organisatie',
  cli: 'Opdrachtregel',
  job: 'Geplande taak',
  system: 'Systeem',
};

/** Labels of audit results. */
export const auditResultLabels = {
  success: 'Gelukt',
  denied: 'Geweigerd',
  failure: 'Mislukt',
} as const;

/** Actions that name what they did as a last part, e.g. `report.transition.closed`. */
const auditActionFamilies: [prefix: string, label: string, names: Record<string, string>][] = [
  ['report.transition.', 'Melding naar stap', statusLabels],
  ['report.record.', 'Vastgelegd bij een melding', recordLabels],
  ['tip.status.', 'Status van een tip gewijzigd naar', tipStatusLabels],
];

/** The Dutch label of an audit action and its result, or the code itself when we have none. */
export function auditActionLabel(
  action: string,
  result: 'success' | 'denied' | 'failure' = 'success',
): string {
  if (result !== 'success' && auditAttemptLabels[action]) return auditAttemptLabels[action];
  const exact = auditActionLabels[action];
  if (exact) return exact;
  const family = auditActionFamilies.find(([prefix]) => action.startsWith(prefix));
  if (!family) return action;
  const [prefix, label, names] = family;
  const name = action.slice(prefix.length);
  return `${label}: ${(names[name] ?? name).toLowerCase()}`;
}
