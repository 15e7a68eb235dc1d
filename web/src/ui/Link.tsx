// SPDX-License-Identifier: EUPL-1.2
import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

/** A link to a page of this app, handled by the router. */
export function Link({ className, ...rest }: RouterLinkProps) {
  return (
    <RouterLink {...rest} className={`utrecht-link utrecht-link--html-a ${className ?? ''}`} />
  );
}

/** A link to something the server answers itself: a download, the OIDC start or another site. */
export function PlainLink({
  className,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a {...rest} className={`utrecht-link utrecht-link--html-a ${className ?? ''}`}>
      {children}
    </a>
  );
}

/** A router link that looks like a button, for the main action of a page or card. */
export function ButtonLink({
  appearance = 'primary',
  className,
  ...rest
}: RouterLinkProps & { appearance?: 'primary' | 'secondary' }) {
  return (
    <RouterLink
      {...rest}
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}-action ${className ?? ''}`}
    />
  );
}

/** A plain anchor that looks like a button (used for server-side sign-in and downloads). */
export function PlainButtonLink({
  className,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      {...rest}
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action ${className ?? ''}`}
    >
      {children}
    </a>
  );
}
