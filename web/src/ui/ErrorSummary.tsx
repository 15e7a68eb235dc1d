// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef } from 'react';

import { common } from '../../../common/messages/nl';

import { Alert } from './Alert';
import { hasErrors, type FormErrors } from './use-form-errors';

/**
 * The error summary at the top of a form. It takes focus when new errors appear, and each
 * field message links to its field (`idFor` maps a field name to the control's id).
 */
export function ErrorSummary({
  errors,
  idFor,
}: {
  errors: FormErrors;
  idFor: (field: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hasErrors(errors)) ref.current?.focus();
  }, [errors]);
  if (!hasErrors(errors)) return null;
  const fieldEntries = Object.entries(errors.fields);
  // The server's detail usually repeats the field messages; the linked list says it better.
  const summary =
    errors.summary && !fieldEntries.some(([, message]) => errors.summary?.includes(message))
      ? errors.summary
      : null;
  return (
    <Alert type="error" heading={common.errorSummaryHeading} ref={ref} tabIndex={-1}>
      {summary ? <p className="utrecht-paragraph">{summary}</p> : null}
      {fieldEntries.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {fieldEntries.map(([field, message]) => (
            <li key={field} className="utrecht-unordered-list__item">
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${idFor(field)}`}
                onClick={(event) => {
                  const target = document.getElementById(idFor(field));
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
