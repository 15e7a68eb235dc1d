// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode, Ref } from 'react';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message block. Errors use role "alert" and the rest role "status", so screen readers read
 * them when they appear; pass `live={false}` for text that is there from the start.
 */
export function Alert({
  type,
  heading,
  children,
  live = true,
  ref,
  tabIndex,
}: {
  type: AlertType;
  heading?: string;
  children?: ReactNode;
  live?: boolean;
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
}) {
  const role = live ? (type === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div
      ref={ref}
      tabIndex={tabIndex}
      role={role}
      className={`utrecht-alert utrecht-alert--${type}`}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {heading ? <p className="utrecht-paragraph weerbaar-alert-heading">{heading}</p> : null}
          {children}
        </div>
      </div>
    </div>
  );
}
