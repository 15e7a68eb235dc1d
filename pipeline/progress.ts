// SPDX-License-Identifier: EUPL-1.2

/** Reports pipeline progress: one line per named step with the rows it produced. */
export interface PipelineProgress {
  /** A step is starting; `index` of `total`. */
  start(step: string, index: number, total: number): void;
  /** The step finished with `rows` rows. */
  done(step: string, rows: number): void;
  finish(): void;
}

/** Reports nothing (tests, pipes, logs). */
export const quietProgress: PipelineProgress = { start() {}, done() {}, finish() {} };

const width = 24;

/** A bar redrawn in place on a terminal: step name, steps done and rows so far. */
export function terminalPipelineProgress(stream: NodeJS.WriteStream): PipelineProgress {
  let rows = 0;
  const started = Date.now();
  const draw = (label: string, done: number, total: number) => {
    const filled = Math.round((done / Math.max(1, total)) * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    stream.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label} · ${rows.toLocaleString('nl-NL')} rijen · ${seconds} s\x1b[K`,
    );
  };
  let index = 0;
  let total = 1;
  return {
    start(step, i, t) {
      index = i;
      total = t;
      draw(step, i, t);
    },
    done(step, n) {
      rows += n;
      draw(step, index + 1, total);
    },
    finish() {
      stream.write('\n');
    },
  };
}

/** A terminal bar when `stream` is a TTY, otherwise nothing. */
export function pipelineProgressFor(stream: NodeJS.WriteStream): PipelineProgress {
  return stream.isTTY ? terminalPipelineProgress(stream) : quietProgress;
}
