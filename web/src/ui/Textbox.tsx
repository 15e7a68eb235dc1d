// SPDX-License-Identifier: EUPL-1.2
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

import { FormField } from './FormField';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  ref?: Ref<HTMLInputElement>;
};

/** A text input with the NL Design System textbox style; use it inside FormField. */
export function Textbox({
  invalid,
  className,
  onValueChange,
  value,
  ...rest
}: InputProps & {
  id: string;
  invalid?: boolean;
  value: string;
  onValueChange: (value: string) => void;
}) {
  const classes = ['utrecht-textbox', 'utrecht-textbox--html-input'];
  if (invalid) classes.push('utrecht-textbox--invalid');
  if (rest.type === 'password') classes.push('utrecht-textbox--password');
  if (className) classes.push(className);
  return (
    <input
      {...rest}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      className={classes.join(' ')}
    />
  );
}

/** A labelled text field: FormField plus Textbox, for the common case of one text input. */
export function TextField({
  id,
  label,
  description,
  error,
  value,
  onValueChange,
  ...inputProps
}: InputProps & {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
}) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <Textbox {...inputProps} {...control} value={value} onValueChange={onValueChange} />
      )}
    </FormField>
  );
}
