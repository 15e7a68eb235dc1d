// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { ListItem, Paragraph, UnorderedList } from '../ui/Paragraph';
import { TextareaField } from '../ui/Textarea';
import { useFormErrors } from '../ui/use-form-errors';

import { breakGlass } from './api';

/** The shortest reason the server takes (breakGlassRequestSchema). */
const minReason = 20;

/**
 * Emergency access to a case the viewer does not handle: only with a reason, recorded, and the
 * case's handler is told. The server decides whether it is allowed (never for cases only the
 * vertrouwenspersoon holds).
 */
export function BreakGlassPage() {
  const { id = '' } = useParams();
  const reference = (useLocation().state as { reference?: string } | null)?.reference;
  const navigate = useNavigate();
  const form = useFormErrors();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (
      !form.fromFields(
        text.length >= minReason
          ? {}
          : { reason: `Schrijf waarom u nu toegang nodig heeft, in minstens ${minReason} tekens.` },
      )
    )
      return;
    setBusy(true);
    try {
      await breakGlass(id, text);
      void navigate(`/meldpunt/${id}`);
    } catch (error) {
      form.fromError(error);
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeading>
        {reference ? `Noodtoegang tot melding ${reference}` : 'Noodtoegang tot een melding'}
      </PageHeading>
      <Alert type="warning" heading="Alleen in een noodgeval">
        <UnorderedList>
          <ListItem>
            U krijgt 8 uur toegang tot deze melding, ook tot de naam van de melder.
          </ListItem>
          <ListItem>Uw naam, het tijdstip en uw reden worden vastgelegd in het logboek.</ListItem>
          <ListItem>
            De behandelaar van de melding krijgt een bericht dat u noodtoegang heeft gebruikt.
          </ListItem>
        </UnorderedList>
      </Alert>
      <Paragraph>
        Kan het ook anders? Vraag dan de behandelaar om u toegang te geven. Meldingen die alleen
        voor de vertrouwenspersoon zijn, kunt u niet openen.
      </Paragraph>
      <ErrorSummary errors={form.errors} idFor={() => 'noodtoegang-reden'} />
      <form noValidate className="weerbaar-form" onSubmit={(e) => void submit(e)}>
        <TextareaField
          id="noodtoegang-reden"
          label="Waarom heeft u nu toegang nodig?"
          description={`Verplicht, minstens ${minReason} tekens. Bijvoorbeeld: dreiging vanavond, de politie vraagt om overleg.`}
          rows={3}
          value={reason}
          onValueChange={setReason}
          error={form.errors.fields.reason}
        />
        <Button type="submit" appearance="primary" danger busy={busy}>
          Noodtoegang gebruiken
        </Button>
      </form>
      <Paragraph>
        <Link to="/meldpunt">Terug naar het meldpunt</Link>
      </Paragraph>
    </>
  );
}
