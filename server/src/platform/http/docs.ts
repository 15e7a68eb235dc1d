// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { App } from './env';

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));

const docsHtml = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Weerbaar API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><main><h1 class="visually-hidden">Weerbaar API-documentatie</h1><div id="swagger-ui"></div></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const initJs = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });`;

/** OpenAPI 3.1 document at /api/openapi.json and a self-hosted viewer at /api/docs (no CDN). */
export function docsRoutes(app: App, version: string): void {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Weerbaar API',
      version,
      description:
        'API van het platform Weerbaar. Fouten zijn application/problem+json (RFC 9457) met een Nederlandse `detail`.',
      license: {
        name: 'EUPL-1.2',
        url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      },
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'weerbaar_sessie',
  });
  app.get('/api/docs', (c) => c.html(docsHtml));
  app.get('/api/docs/init.js', (c) => c.body(initJs, 200, { 'Content-Type': 'text/javascript' }));
  for (const file of ['swagger-ui.css', 'swagger-ui-bundle.js']) {
    const body = readFileSync(join(swaggerDir, file));
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    app.get(`/api/docs/${file}`, (c) =>
      c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' }),
    );
  }
}
