// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef } from 'react';

import type { TipReceipt } from '../../../common/contracts/tips';
import { Alert } from '../ui/Alert';
import { Heading, PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';

import { TipEmergencyNotice } from './TipEmergencyNotice';

/** Shown once after sending: the receipt code and secret, which are nowhere else to be found. */
export function ReceiptPanel({
  receipt,
  organisation,
}: {
  receipt: TipReceipt;
  organisation: string;
}) {
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <PageHeading>Uw tip is verstuurd</PageHeading>
      <Alert type="ok" ref={heading} tabIndex={-1}>
        <p className="utrecht-paragraph">
          Dank u wel. {organisation} heeft uw tip ontvangen onder nummer {receipt.reference}.
        </p>
      </Alert>
      <Heading level={2}>Schrijf deze twee codes op</Heading>
      <Paragraph>
        Met deze codes kunt u later lezen wat wij antwoorden en vragen beantwoorden. U ziet ze maar
        één keer. Wij kunnen ze niet opnieuw geven, want wij weten niet wie u bent.
      </Paragraph>
      <dl className="weerbaar-receipt">
        <dt>Meldcode</dt>
        <dd>
          <code data-testid="meldcode">{receipt.receipt}</code>
        </dd>
        <dt>Geheime code</dt>
        <dd>
          <code data-testid="geheime-code">{receipt.secret}</code>
        </dd>
      </dl>
      <Paragraph>
        Kom over een paar dagen terug via{' '}
        <Link to="/tip/postvak">de pagina ‘Reactie op uw tip’</Link>. Wij sturen geen e-mail, want
        dat kan u herkenbaar maken.
      </Paragraph>
      <TipEmergencyNotice />
    </>
  );
}
