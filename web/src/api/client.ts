// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { sessionSchema, type SessionView } from '../../../common/contracts/accounts';
import { common } from '../../../common/messages/nl';

const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string().default(''),
  status: z.number().int(),
  detail: z.string().default(''),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
/** An RFC 9457 problem response as the server sends it. */
export type Problem = z.infer<typeof problemSchema>;

/** A failed API call: an HTTP problem, no connection (status 0) or an unexpected answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail || problem.title, options);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** Field-level messages, keyed by the field name the server used. */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.message]));
  }
}

/** The Dutch message to show for any error thrown by an API call. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message || common.genericError : common.genericError;
}

type StateChangingMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Method = 'GET' | StateChangingMethod;

let csrfToken: Promise<string | null> | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Drops the cached CSRF token; call after sign-in, second factor and sign-out (the token changes). */
export function forgetCsrfToken(): void {
  csrfToken = null;
}

/** Calls `listener` when an API call answers 401, so the app can notice an expired session. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** The current session (and its CSRF token, which is cached), or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await apiGet('/api/v1/session', sessionSchema);
    csrfToken = Promise.resolve(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      csrfToken = Promise.resolve(null);
      return null;
    }
    throw error;
  }
}

function currentCsrfToken(): Promise<string | null> {
  csrfToken ??= fetchSession().then(
    (session) => session?.csrfToken ?? null,
    () => {
      csrfToken = null;
      return null;
    },
  );
  return csrfToken;
}

/** GETs `path` and returns the body parsed by `schema`; throws ApiError otherwise. */
export async function apiGet<T>(
  path: string,
  schema: z.ZodType<T>,
  options: { signal?: AbortSignal } = {},
): Promise<T> {
  const response = await request('GET', path, undefined, options.signal);
  return parseBody(response, schema);
}

/** Sends a state-changing request with the CSRF token; parses the body when a schema is given. */
export async function apiSend<T>(
  method: StateChangingMethod,
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T>;
export async function apiSend(
  method: StateChangingMethod,
  path: string,
  body?: unknown,
): Promise<void>;
export async function apiSend<T>(
  method: StateChangingMethod,
  path: string,
  body?: unknown,
  schema?: z.ZodType<T>,
): Promise<T | void> {
  let response = await request(method, path, body);
  if (response.status === 403 && (await isCsrfProblem(response))) {
    // The session was rotated (sign-in, second factor) since we cached its token: fetch and retry once.
    forgetCsrfToken();
    response = await request(method, path, body);
  }
  if (schema) return parseBody(response, schema);
  if (!response.ok) throw await toApiError(response);
}

async function request(
  method: Method,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Content-Type': 'application/json',
  };
  if (method !== 'GET') {
    const token = await currentCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(
      { type: 'about:blank', title: '', status: 0, detail: common.networkError },
      { cause },
    );
  }
  if (response.status === 401 && !isSessionLookup(method, path)) {
    for (const listener of unauthorizedListeners) listener();
  }
  return response;
}

// The session lookups answer 401 for visitors; reporting those would loop.
function isSessionLookup(method: Method, path: string): boolean {
  return path.startsWith('/api/v1/session') || (method === 'GET' && path === '/api/v1/me');
}

async function isCsrfProblem(response: Response): Promise<boolean> {
  const problem = await readProblem(response.clone());
  return problem?.type.endsWith('/csrf') ?? false;
}

async function parseBody<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  if (!response.ok) throw await toApiError(response);
  const unexpected = (cause: unknown) =>
    new ApiError(
      { type: 'about:blank', title: '', status: 0, detail: common.unexpectedResponse },
      { cause },
    );
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw unexpected(cause);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw unexpected(parsed.error);
  return parsed.data;
}

async function readProblem(response: Response): Promise<Problem | null> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  if (problem) return new ApiError(problem);
  return new ApiError({
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    detail: common.genericError,
  });
}
