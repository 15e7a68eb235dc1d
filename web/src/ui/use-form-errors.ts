// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useMemo, useState } from 'react';

import { ApiError, errorMessage } from '../api/client';

/** What went wrong with a form: a general message and messages per field name. */
export interface FormErrors {
  summary: string | null;
  fields: Record<string, string>;
}

const noErrors: FormErrors = { summary: null, fields: {} };

/** True when there is anything to show. */
export function hasErrors(errors: FormErrors): boolean {
  return errors.summary !== null || Object.keys(errors.fields).length > 0;
}

/**
 * Error state of one form. `fromError` turns a problem response into the general `detail`
 * plus field messages from `errors`; `fromFields` is for checks made in the browser.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const clear = useCallback(() => setErrors(noErrors), []);
  const fromFields = useCallback((fields: Record<string, string>) => {
    setErrors({ summary: null, fields });
    return Object.keys(fields).length === 0;
  }, []);
  const fromError = useCallback((error: unknown) => {
    const fields = error instanceof ApiError ? error.fieldErrors : {};
    setErrors({ summary: errorMessage(error), fields });
  }, []);
  return useMemo(
    () => ({ errors, clear, fromFields, fromError }),
    [errors, clear, fromFields, fromError],
  );
}
