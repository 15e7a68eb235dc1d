// SPDX-License-Identifier: EUPL-1.2
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

/** Shown for any address the app does not know. */
export function NotFoundPage() {
  return (
    <>
      <PageHeading>Pagina niet gevonden</PageHeading>
      <Paragraph>
        Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt of is de pagina
        verplaatst.
      </Paragraph>
      <Paragraph>
        <Link to="/">Ga naar de startpagina</Link>
      </Paragraph>
    </>
  );
}

/** Shown when an organisation does not exist or the user may not see it (the API says 404). */
export function NoAccessPage() {
  return (
    <>
      <PageHeading>Niet gevonden of geen toegang</PageHeading>
      <Paragraph>
        Deze organisatie bestaat niet, of u heeft geen rechten om dit onderdeel te bekijken. Denkt u
        dat dit niet klopt? Neem dan contact op met de beheerder van uw organisatie.
      </Paragraph>
      <Paragraph>
        <Link to="/">Ga naar de startpagina</Link>
      </Paragraph>
    </>
  );
}
