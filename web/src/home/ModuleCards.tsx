// SPDX-License-Identifier: EUPL-1.2
import { Link } from 'react-router';

import type { Me } from '../../../common/contracts/accounts';
import { moduleTexts } from '../../../common/messages/nl';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';

/**
 * A card per module the user's roles allow. Modules that are not built yet say so and have no
 * link; modules the user may not use are left out.
 */
export function ModuleCards({ modules }: { modules: Me['modules'] }) {
  const allowed = modules.filter((m) => m.allowed);
  return (
    <section aria-labelledby="home-modules">
      <Heading level={2} id="home-modules">
        Modules
      </Heading>
      {allowed.length === 0 ? (
        <Paragraph>Met uw rollen heeft u nog geen toegang tot een module.</Paragraph>
      ) : (
        <ul className="weerbaar-cards">
          {allowed.map((module) => {
            const text = moduleTexts[module.id];
            return (
              <li key={module.id} className="weerbaar-card">
                <h3 className="utrecht-heading-3">
                  {module.available ? (
                    <Link
                      to={text.path}
                      className="utrecht-link utrecht-link--html-a weerbaar-card-link"
                    >
                      {text.name}
                    </Link>
                  ) : (
                    text.name
                  )}
                </h3>
                <p className="utrecht-paragraph">{text.description}</p>
                {module.available ? null : (
                  <p className="utrecht-paragraph weerbaar-card-status">Nog niet beschikbaar</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
