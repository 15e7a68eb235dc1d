// SPDX-License-Identifier: EUPL-1.2
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';

/** Last resort when a page fails to render: a plain page with a way back. */
export function RouteErrorPage() {
  return (
    <main className="weerbaar-main">
      <PageHeading>Er ging iets mis</PageHeading>
      <Paragraph>
        Deze pagina kon niet worden getoond. Probeer het later opnieuw of ga naar de{' '}
        <a className="utrecht-link utrecht-link--html-a" href="/">
          startpagina
        </a>
        .
      </Paragraph>
    </main>
  );
}
