// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';

/**
 * A data table with a caption. On narrow screens it scrolls sideways inside a region that
 * keyboard users can focus and scroll (WCAG 2.1.1).
 */
export function Table({
  caption,
  children,
  className,
}: {
  caption: string;
  children: ReactNode;
  /** Extra class on the scroll region (e.g. a maximum height). */
  className?: string;
}) {
  return (
    <div
      className={`weerbaar-table-scroll${className ? ` ${className}` : ''}`}
      role="region"
      aria-label={caption}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The header row group of a Table. */
export function TableHeader({ children }: { children: ReactNode }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">{children}</tr>
    </thead>
  );
}

/** A column header cell. */
export function TableHeaderCell({ children }: { children?: ReactNode }) {
  return (
    <th scope="col" className="utrecht-table__header-cell">
      {children}
    </th>
  );
}

/** The body of a Table. */
export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

/** A body row. */
export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

/** A data cell; `rowHeader` makes it the th that names the row for screen readers. */
export function TableCell({
  children,
  rowHeader = false,
}: {
  children?: ReactNode;
  rowHeader?: boolean;
}) {
  if (rowHeader) {
    return (
      <th scope="row" className="utrecht-table__header-cell">
        {children}
      </th>
    );
  }
  return <td className="utrecht-table__cell">{children}</td>;
}
