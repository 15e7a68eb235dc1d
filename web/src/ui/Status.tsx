// SPDX-License-Identifier: EUPL-1.2
import { common } from '../../../common/messages/nl';
import { ApiError, errorMessage } from '../api/client';

import { Alert } from './Alert';
import { Button } from './Button';

/** A polite "loading" message for screen readers and sighted users alike. */
export function Loading({ label = common.loading }: { label?: string }) {
  return (
    <p className="utrecht-paragraph" role="status">
      {label}
    </p>
  );
}

/** Shows why loading failed, with a retry button when it may help. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const retryable = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  return (
    <Alert type="error">
      <p className="utrecht-paragraph">{errorMessage(error)}</p>
      {onRetry && retryable ? <Button onClick={onRetry}>{common.retry}</Button> : null}
    </Alert>
  );
}
