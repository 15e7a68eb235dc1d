// SPDX-License-Identifier: EUPL-1.2
import { loadConfig } from '../platform/config';
import { startServer } from '../platform/serve';

/** `weerbaar serve`: runs until SIGTERM/SIGINT. Returns -1 so main leaves the exit code alone. */
export async function serveCommand(): Promise<number> {
  await startServer(loadConfig());
  return -1;
}
