// SPDX-License-Identifier: EUPL-1.2
import { NavLink } from 'react-router';

const items = [
  { to: '/zicht', label: 'Kaart', end: true },
  { to: '/zicht/vergelijk', label: 'Vergelijken', end: false },
  { to: '/zicht/zoekgebieden', label: 'Zoekgebieden', end: false },
  { to: '/zicht/indicatoren', label: 'Indicatoren', end: false },
  { to: '/zicht/analyses', label: 'Analyses', end: false },
];

/** The sections of Zicht; the current one is marked for screen readers (aria-current). */
export function ZichtNav() {
  return (
    <nav aria-label="Zicht" className="zicht-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="utrecht-link utrecht-link--html-a">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
