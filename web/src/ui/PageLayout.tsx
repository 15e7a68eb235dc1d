// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';

import { common } from '../../../common/messages/nl';

/** Id of the main landmark, the target of the skip link. */
export const mainId = 'inhoud';

/**
 * The page frame: skip link, header, main and footer landmarks, in NL Design System layout.
 * Main can take focus so the skip link also moves keyboard focus there.
 */
export function PageLayout({
  header,
  footer,
  children,
}: {
  header: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="utrecht-page-layout">
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
        href={`#${mainId}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(mainId)?.focus();
        }}
      >
        {common.skipLink}
      </a>
      <header className="utrecht-page-header">
        <div className="utrecht-page-header__content">{header}</div>
      </header>
      <div className="utrecht-page-body">
        <main id={mainId} tabIndex={-1} className="utrecht-page-body__content weerbaar-main">
          {children}
        </main>
      </div>
      <footer className="utrecht-page-footer">
        <div className="utrecht-page-footer__content">{footer}</div>
      </footer>
    </div>
  );
}
