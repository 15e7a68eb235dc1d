// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode, SelectHTMLAttributes } from 'react';

import { FormField, type ControlProps } from './FormField';

/** One choice of a Select. */
export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> &
  ControlProps & {
    options: readonly SelectOption[];
    value: string;
    onValueChange: (value: string) => void;
  };

/** A native select with the NL Design System style; use it inside FormField. */
export function Select({ options, value, onValueChange, invalid, ...rest }: SelectProps) {
  return (
    <select
      {...rest}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      className={`utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}`}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled select: FormField and Select together, as TextareaField is for a textarea. */
export function SelectField({
  id,
  label,
  description,
  error,
  ...select
}: Omit<SelectProps, keyof ControlProps> & {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => <Select {...control} {...select} />}
    </FormField>
  );
}
