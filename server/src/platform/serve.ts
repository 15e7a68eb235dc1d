// SPDX-License-Identifier: EUPL-1.2
import { serve, type ServerType } from '@hono/node-server';

import { seedDemo } from '../demo/seed';
import { reportRetentionJob } from '../reports/retention-job';
import { importOnFirstStart } from '../statistics/service';
import { tipRetentionJob } from '../tips/retention-job';

import { bootDeps } from './boot';
import { isDemoMode, type Config } from './config';
import { createApp } from './http/app';
import { scheduleJob } from './jobs';

/**
 * Starts the HTTP server. Demo data is seeded into an empty database outside production, and open
 * statistics are imported from WEERBAAR_DATA_DIR when none are loaded yet.
 * SIGTERM/SIGINT stop accepting connections, let running requests finish, then close the database.
 */
export async function startServer(
  config: Config,
): Promise<{ server: ServerType; close: () => Promise<void> }> {
  const deps = await bootDeps(config);
  if (isDemoMode(config) && (await seedDemo(deps))) {
    deps.logger.info(
      { event: 'demo.seeded' },
      'demo-organisaties en -accounts aangemaakt; zie de inlogpagina',
    );
  }
  await importOnFirstStart(deps);
  const app = createApp(deps, { serveWeb: true });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () =>
      resolve(started),
    );
  });
  const stopRetention = scheduleJob(deps, reportRetentionJob);
  const stopTipRetention = scheduleJob(deps, tipRetentionJob);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  deps.logger.info(
    { event: 'server.started', port, database: deps.db.kind, version: deps.version },
    `Weerbaar draait op http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`,
  );

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      deps.logger.info({ event: 'server.stopping' }, 'afsluiten');
      stopRetention();
      stopTipRetention();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections without a running request would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await deps.db.close();
    })();
    return closing;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // A second signal or a hung request must not keep the process alive forever.
      setTimeout(() => process.exit(1), 10_000).unref();
      void close().then(() => process.exit(0));
    });
  }
  return { server, close };
}
