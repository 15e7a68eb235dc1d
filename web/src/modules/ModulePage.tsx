// SPDX-License-Identifier: EUPL-1.2
import type { Me } from '../../../common/contracts/accounts';
import { moduleTexts } from '../../../common/messages/nl';
import { useMe } from '../session/session-context';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

type ModuleId = Me['modules'][number]['id'];

/** The landing page of a module that is still being built: says so honestly, shows nothing fake. */
export function ModulePage({ module }: { module: Exclude<ModuleId, 'beheer'> }) {
  const me = useMe();
  const text = moduleTexts[module];
  const allowed = me.modules.some((m) => m.id === module && m.allowed);
  return (
    <>
      <PageHeading>{text.name}</PageHeading>
      <Paragraph lead>{text.description}</Paragraph>
      {allowed ? (
        <Paragraph>
          Deze module is nog in ontwikkeling. Zodra u er iets mee kunt doen, ziet u dat hier en op
          de startpagina.
        </Paragraph>
      ) : (
        <Paragraph>
          Deze module is nog in ontwikkeling, en met uw rollen heeft u er straks ook geen toegang
          toe. Heeft u die wel nodig? Vraag het de beheerder van uw organisatie.
        </Paragraph>
      )}
      <Paragraph>
        <Link to="/">Terug naar de startpagina</Link>
      </Paragraph>
    </>
  );
}
