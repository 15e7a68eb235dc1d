// SPDX-License-Identifier: EUPL-1.2
import type { OpenAPIHono } from '@hono/zod-openapi';

import type { Deps } from '../deps';
import type { LoadedSession } from '../sessions';

/** Per-request variables set by the platform middleware. */
export interface AppEnv {
  Variables: {
    deps: Deps;
    requestId: string;
    /** The session from the cookie, if any, whether or not its second factor is done. */
    current: LoadedSession | null;
  };
}

export type App = OpenAPIHono<AppEnv>;
