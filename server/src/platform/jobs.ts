// SPDX-License-Identifier: EUPL-1.2
import type { Deps } from './deps';

/** A background job: one run() and its schedule. */
export interface Job<Result> {
  name: string;
  everyMs: number;
  run(deps: Deps): Promise<Result>;
}

/**
 * Runs the job now and then every `everyMs` in this process; returns a function that stops it.
 * A failing run is logged (kind and code only, no content) and retried at the next tick.
 */
export function scheduleJob<Result>(deps: Deps, job: Job<Result>): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await job.run(deps);
      deps.logger.info({ event: 'job.done', job: job.name, result }, `taak ${job.name} klaar`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      deps.logger.error({
        event: 'job.failed',
        job: job.name,
        type: (error as Error).name,
        ...(typeof code === 'string' ? { code } : {}),
      });
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), job.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
