// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';

import { fieldIds } from './FormField';

/** One box of a CheckboxGroup. */
export interface CheckboxOption {
  value: string;
  label: string;
}

/**
 * A fieldset of checkboxes with a legend, for picking several values (such as roles). The
 * error message is linked to the fieldset, and `id` is given to the first box so an error
 * summary can move focus there.
 */
export function CheckboxGroup({
  id,
  legend,
  description,
  error,
  options,
  values,
  onValuesChange,
}: {
  id: string;
  legend: string;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly CheckboxOption[];
  values: readonly string[];
  onValuesChange: (values: string[]) => void;
}) {
  const ids = fieldIds(id);
  const describedBy = [description ? ids.description : '', error ? ids.error : '']
    .filter(Boolean)
    .join(' ');
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the order of the options, so the result does not depend on click order.
    onValuesChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <div className={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legend}
        </legend>
        {description ? (
          <div id={ids.description} className="utrecht-form-field-description">
            {description}
          </div>
        ) : null}
        {error ? (
          <div id={ids.error} className="utrecht-form-field-error-message">
            {error}
          </div>
        ) : null}
        {options.map((option, index) => (
          <CheckboxField
            key={option.value}
            id={index === 0 ? id : `${id}-${option.value}`}
            label={option.label}
            checked={values.includes(option.value)}
            onCheckedChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </fieldset>
    </div>
  );
}

/** A single checkbox with its label after it; `error` and `describedBy` link messages to it. */
export function CheckboxField({
  id,
  label,
  checked,
  onCheckedChange,
  error,
}: {
  id: string;
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  const ids = fieldIds(id);
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      {error ? (
        <div
          id={ids.error}
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
        >
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input"
            checked={checked}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(event) => onCheckedChange(event.target.checked)}
          />{' '}
          {label}
        </label>
      </div>
    </div>
  );
}
