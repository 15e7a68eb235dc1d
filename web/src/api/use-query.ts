// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';

import { apiGet } from './client';

/** The state of one GET request as a component sees it. */
export type QueryState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'success'; data: T };

/**
 * Loads `path` with `schema` and reloads when the path changes or `reload()` is called.
 * A path of null loads nothing. Answers for an older path are dropped.
 */
export function useQuery<T>(
  path: string | null,
  schema: z.ZodType<T>,
): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T> & { path: string | null }>({
    status: 'loading',
    path: null,
  });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiGet(path, schema, { signal: controller.signal }).then(
      (data) => setState({ status: 'success', data, path }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error, path });
      },
    );
    return () => controller.abort();
  }, [path, schema, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // A reload keeps showing the last answer for the same path; another path starts from loading.
  if (state.path !== path) return { status: 'loading', reload };
  return { ...state, reload };
}
