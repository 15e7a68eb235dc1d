// SPDX-License-Identifier: EUPL-1.2
import type { RouteObject } from 'react-router';

import { AccountPage } from '../account/AccountPage';
import { AuditPage } from '../audit/AuditPage';
import { BeheerPage } from '../beheer/BeheerPage';
import { HomePage } from '../home/HomePage';
import { InvitationPage } from '../invitation/InvitationPage';
import { ModulePage } from '../modules/ModulePage';
import { OrganisationsPage } from '../organisations/OrganisationsPage';
import { ForgotPasswordPage } from '../password-reset/ForgotPasswordPage';
import { ResetPasswordPage } from '../password-reset/ResetPasswordPage';
import { AangifteFormPage } from '../reports/AangifteFormPage';
import { BreakGlassPage } from '../reports/BreakGlassPage';
import { DraftPage } from '../reports/DraftPage';
import { FiguresPage } from '../reports/FiguresPage';
import { IntakePage } from '../reports/IntakePage';
import { LinesPage } from '../reports/LinesPage';
import { ReportPage } from '../reports/ReportPage';
import { ReportsPage } from '../reports/ReportsPage';
import { WorkflowPage } from '../reports/WorkflowPage';
import { RequireSignedIn } from '../session/RequireSignedIn';
import { EnrolmentPage } from '../sign-in/EnrolmentPage';
import { SecondStepPage } from '../sign-in/SecondStepPage';
import { SignInPage } from '../sign-in/SignInPage';
import { MailboxPage } from '../tips/MailboxPage';
import { PublicShell } from '../tips/PublicShell';
import { TipFormPage } from '../tips/TipFormPage';
import { TipPage } from '../tips/TipPage';
import { TipsPage } from '../tips/TipsPage';
import { UsersPage } from '../users/UsersPage';
import { ExplorerPage } from '../zicht/ExplorerPage';
import { IndicatorCardPage } from '../zicht/card/IndicatorCardPage';
import { IndicatorsPage } from '../zicht/card/IndicatorsPage';
import { CombinedPage } from '../zicht/combined/CombinedPage';
import { ComparePage } from '../zicht/compare/ComparePage';
import { PackagesPage } from '../zicht/packages/PackagesPage';
import { AnnexPage } from '../zicht/profile/AnnexPage';
import { RegionProfilePage } from '../zicht/profile/RegionProfilePage';

import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

/** Every page of the app by its Dutch path; tests mount the same table in a memory router. */
export const routes: RouteObject[] = [
  // The anonymous tip pages have their own frame: no session is asked for there.
  {
    element: <PublicShell />,
    children: [
      { path: 'tip/postvak', element: <MailboxPage /> },
      { path: 'tip/:code', element: <TipFormPage /> },
    ],
  },
  {
    element: <AppShell />,
    children: [
      { path: 'inloggen', element: <SignInPage /> },
      { path: 'inloggen/tweede-stap', element: <SecondStepPage /> },
      { path: 'tweede-factor-instellen', element: <EnrolmentPage /> },
      { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: 'wachtwoord-herstellen', element: <ResetPasswordPage /> },
      { path: 'uitnodiging', element: <InvitationPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'zicht', element: <ExplorerPage /> },
          { path: 'zicht/regio/:code', element: <RegionProfilePage /> },
          { path: 'zicht/regio/:code/bijlage', element: <AnnexPage /> },
          { path: 'zicht/vergelijk', element: <ComparePage /> },
          { path: 'zicht/zoekgebieden', element: <CombinedPage /> },
          { path: 'zicht/indicatoren', element: <IndicatorsPage /> },
          { path: 'zicht/indicator/:id', element: <IndicatorCardPage /> },
          { path: 'zicht/analyses', element: <PackagesPage /> },
          { path: 'meldpunt', element: <ReportsPage /> },
          { path: 'meldpunt/nieuw', element: <IntakePage /> },
          { path: 'meldpunt/cijfers', element: <FiguresPage /> },
          { path: 'meldpunt/tips', element: <TipsPage /> },
          { path: 'meldpunt/tips/:id', element: <TipPage /> },
          { path: 'meldpunt/:id', element: <ReportPage /> },
          { path: 'meldpunt/:id/aangifte', element: <AangifteFormPage /> },
          { path: 'meldpunt/:id/bewerken', element: <DraftPage /> },
          { path: 'meldpunt/:id/noodtoegang', element: <BreakGlassPage /> },
          { path: 'weerbaarheid', element: <ModulePage module="weerbaarheid" /> },
          { path: 'regie', element: <ModulePage module="regie" /> },
          { path: 'beheer', element: <BeheerPage /> },
          { path: 'beheer/organisaties', element: <OrganisationsPage /> },
          { path: 'beheer/:code/gebruikers', element: <UsersPage /> },
          { path: 'beheer/:code/audit', element: <AuditPage /> },
          { path: 'beheer/:code/meldpunt-lijnen', element: <LinesPage /> },
          { path: 'beheer/:code/stappenplan/:workflow', element: <WorkflowPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
