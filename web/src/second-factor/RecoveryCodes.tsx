// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';

import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CheckboxField } from '../ui/CheckboxGroup';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { PlainButtonLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { useFormErrors } from '../ui/use-form-errors';

import { recoveryCodesFileUrl } from './api';

const idFor = (field: string) => `herstelcodes-${field}`;

/**
 * Shows new recovery codes once, with a download, and continues only after the user confirms
 * they stored them (they cannot be shown again).
 */
export function RecoveryCodes({
  codes,
  headingLevel,
  onDone,
}: {
  codes: readonly string[];
  headingLevel: 2 | 3;
  onDone: () => void;
}) {
  const [stored, setStored] = useState(false);
  const form = useFormErrors();

  const done = () => {
    if (
      form.fromFields(stored ? {} : { stored: 'Vink aan dat u de herstelcodes heeft bewaard.' })
    ) {
      onDone();
    }
  };

  return (
    <section aria-labelledby="herstelcodes-titel">
      <Heading level={headingLevel} id="herstelcodes-titel">
        Bewaar uw herstelcodes
      </Heading>
      <Alert type="warning" live={false}>
        <p className="utrecht-paragraph">
          U ziet deze codes maar één keer. Met een herstelcode kunt u inloggen als u uw telefoon
          kwijt bent. Elke code werkt één keer.
        </p>
      </Alert>
      <ul className="utrecht-unordered-list weerbaar-codes" aria-label="Herstelcodes">
        {codes.map((code) => (
          <li key={code} className="utrecht-unordered-list__item">
            <code className="utrecht-code">{code}</code>
          </li>
        ))}
      </ul>
      <Paragraph>
        <PlainButtonLink href={recoveryCodesFileUrl(codes)} download="weerbaar-herstelcodes.txt">
          Download als tekstbestand (.txt)
        </PlainButtonLink>
      </Paragraph>
      <ErrorSummary errors={form.errors} idFor={idFor} />
      <CheckboxField
        id={idFor('stored')}
        label="Ik heb mijn herstelcodes op een veilige plek bewaard"
        checked={stored}
        onCheckedChange={setStored}
        error={form.errors.fields.stored}
      />
      <Button appearance="primary" onClick={done}>
        Verder
      </Button>
    </section>
  );
}
