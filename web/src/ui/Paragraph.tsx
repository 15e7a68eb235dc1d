// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';

/** A paragraph of body text; `lead` for the introduction under a page heading. */
export function Paragraph({ children, lead = false }: { children: ReactNode; lead?: boolean }) {
  return <p className={`utrecht-paragraph${lead ? ' utrecht-paragraph--lead' : ''}`}>{children}</p>;
}

/** A bulleted list with the NL Design System style. */
export function UnorderedList({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list">{children}</ul>;
}

/** An item of UnorderedList. */
export function ListItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}
