// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { serveStatic } from '@hono/node-server/serve-static';

import type { App } from './env';

const webRoot = fileURLToPath(new URL('../../../../dist/web/', import.meta.url));

/**
 * Serves the built web app: hashed assets with a year-long cache, and index.html for every
 * other non-API path so the client router can take over (deep links work).
 */
export function staticWeb(app: App): void {
  const indexFile = `${webRoot}index.html`;
  app.use(
    '/assets/*',
    serveStatic({
      root: webRoot,
      // The build writes .br and .gz beside each asset (web/vite.config.ts).
      precompressed: true,
      rewriteRequestPath: (path) => path,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('/favicon.svg', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    if (!existsSync(indexFile)) {
      return c.html(
        '<!doctype html><html lang="nl"><title>Weerbaar</title><p>De webapplicatie is nog niet gebouwd: voer <code>npm run build</code> uit.</p></html>',
        503,
      );
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
