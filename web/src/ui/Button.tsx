// SPDX-License-Identifier: EUPL-1.2
import type { ButtonHTMLAttributes } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle';

const appearanceClass: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

/** Properties of Button: the HTML button attributes plus the NL Design System appearance. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  /** Shows a busy state and ignores further clicks while an action runs. */
  busy?: boolean;
  danger?: boolean;
}

/** An NL Design System button; `type` defaults to "button" so it never submits by accident. */
export function Button({
  appearance = 'secondary',
  busy = false,
  danger = false,
  className,
  type = 'button',
  onClick,
  ...rest
}: ButtonProps) {
  const classes = [
    'utrecht-button',
    appearanceClass[appearance],
    danger ? 'utrecht-button--danger' : '',
    busy ? 'utrecht-button--busy' : '',
    className ?? '',
  ];
  return (
    <button
      {...rest}
      type={type}
      aria-busy={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
      className={classes.filter(Boolean).join(' ')}
    />
  );
}

/** Lays out related buttons in a row that wraps on small screens. */
export function ButtonGroup({ children }: { children: React.ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}
