// SPDX-License-Identifier: EUPL-1.2

/** The audit filters as they live in the page URL; empty strings mean "no filter". */
export interface AuditFilters {
  action: string;
  result: '' | 'success' | 'denied' | 'failure';
  from: string;
  to: string;
}

const results = ['success', 'denied', 'failure'] as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a result filter the API knows. */
export function isResult(value: string): value is AuditFilters['result'] {
  return (results as readonly string[]).includes(value);
}

/** Reads the filters from the URL, dropping values the API would refuse. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const action = (params.get('action') ?? '').slice(0, 100);
  const result = params.get('result') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    action,
    result: isResult(result) ? result : '',
    from: isoDate.test(from) ? from : '',
    to: isoDate.test(to) ? to : '',
  };
}

/** The page to start from (`before` a sequence number), or null for the newest events. */
export function beforeFromParams(params: URLSearchParams): number | null {
  const value = Number(params.get('before'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** URL parameters for the filters (and paging position), leaving out empty ones. */
export function filterParams(filters: AuditFilters, before: number | null = null): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['action', 'result', 'from', 'to'] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (before !== null) params.set('before', String(before));
  return params;
}

/** Checks the filters in the browser; returns messages per field. */
export function validateFilters(filters: AuditFilters): Record<string, string> {
  if (filters.from && filters.to && filters.from > filters.to) {
    return { to: 'De einddatum moet op of na de begindatum liggen.' };
  }
  return {};
}
