// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { Link, NavLink } from 'react-router';

import { appName, common } from '../../../common/messages/nl';
import { errorMessage } from '../api/client';
import { useSession } from '../session/session-context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';

const navLinkClass = 'utrecht-link utrecht-link--html-a utrecht-nav-list__link weerbaar-nav-link';

/** The header: app name, and for signed-in users the main menu, their name and sign-out. */
export function SiteHeader() {
  const { state, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);

  const handleSignOut = async () => {
    setError(null);
    try {
      await signOut('U bent uitgelogd.');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <div className="weerbaar-header">
      <Link to="/" className="weerbaar-brand">
        {appName}
      </Link>
      {state.status === 'signed-in' ? (
        <>
          <nav aria-label={common.mainNav} className="weerbaar-nav">
            <ul className="utrecht-nav-list">
              <li className="utrecht-nav-list__item">
                <NavLink to="/" end className={navLinkClass}>
                  {common.home}
                </NavLink>
              </li>
              {state.me.modules.some((m) => m.id === 'beheer' && m.allowed && m.available) ? (
                <li className="utrecht-nav-list__item">
                  <NavLink to="/beheer" className={navLinkClass}>
                    {common.beheer}
                  </NavLink>
                </li>
              ) : null}
              <li className="utrecht-nav-list__item">
                <NavLink to="/account" className={navLinkClass}>
                  {common.account}
                </NavLink>
              </li>
            </ul>
          </nav>
          <div className="weerbaar-user">
            <span>
              Ingelogd als <strong>{state.me.user.name}</strong>
            </span>
            <Button appearance="subtle" onClick={() => void handleSignOut()}>
              {common.signOut}
            </Button>
          </div>
          {error ? <Alert type="error">{error}</Alert> : null}
        </>
      ) : null}
    </div>
  );
}
