// SPDX-License-Identifier: EUPL-1.2
import { useEffect, type ReactNode } from 'react';

import { appName } from '../../../common/messages/nl';

/** A section heading of level 2 to 4 with the NL Design System style of that level. */
export function Heading({
  level,
  children,
  id,
}: {
  level: 2 | 3 | 4;
  children: ReactNode;
  id?: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`utrecht-heading-${level}`}>
      {children}
    </Tag>
  );
}

/**
 * The one h1 of a page. It also sets the document title, and it can take focus so the app can
 * move focus to it after navigation (screen readers then announce the new page).
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const text = title ?? (typeof children === 'string' ? children : undefined);
  useEffect(() => {
    document.title = text ? `${text} — ${appName}` : appName;
  }, [text]);
  return (
    <h1 className="utrecht-heading-1" tabIndex={-1}>
      {children}
    </h1>
  );
}
