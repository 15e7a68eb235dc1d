// SPDX-License-Identifier: EUPL-1.2
import type { SelectHTMLAttributes } from 'react';

import type { ControlProps } from './FormField';

/** One choice of a Select. */
export interface SelectOption {
  value: string;
  label: string;
}

/** A native select with the NL Design System style; use it inside FormField. */
export function Select({
  options,
  value,
  onValueChange,
  invalid,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> &
  ControlProps & {
    options: readonly SelectOption[];
    value: string;
    onValueChange: (value: string) => void;
  }) {
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
