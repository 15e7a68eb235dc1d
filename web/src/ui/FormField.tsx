// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';

/** The attributes that tie a control to its label, description and error message. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  invalid: boolean;
}

/** Ids of the description and error message of the field with this id. */
export function fieldIds(id: string) {
  return { description: `${id}-omschrijving`, error: `${id}-fout` };
}

/**
 * A form field: label, optional description, error message and one control. The control gets
 * aria-describedby pointing at the description and the error (WCAG 1.3.1, 3.3.1).
 */
export function FormField({
  id,
  label,
  description,
  error,
  children,
}: {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const ids = fieldIds(id);
  const describedBy = [description ? ids.description : '', error ? ids.error : '']
    .filter(Boolean)
    .join(' ');
  const control: ControlProps = {
    id,
    invalid: Boolean(error),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div
          id={ids.description}
          className="utrecht-form-field__description utrecht-form-field-description"
        >
          {description}
        </div>
      ) : null}
      {error ? (
        <div
          id={ids.error}
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
        >
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children(control)}</div>
    </div>
  );
}
