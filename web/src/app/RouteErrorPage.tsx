// SPDX-License-Identifier: EUPL-1.2
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

/** Last resort when a page fails to render: says so and offers a way back. */
export function RouteErrorPage() {
  return (
    <>
      <PageHeading>Er ging iets mis</PageHeading>
      <Paragraph>
        Deze pagina kon niet worden getoond. Probeer het later opnieuw of ga naar de{' '}
        <Link to="/">startpagina</Link>.
      </Paragraph>
    </>
  );
}
