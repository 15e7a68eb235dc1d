// SPDX-License-Identifier: EUPL-1.2

/** Reports how far the import is; the CLI draws a bar on a terminal and stays quiet otherwise. */
export interface Progress {
  /** Starts a phase with `total` units of work. */
  phase(label: string, total: number): void;
  advance(units: number): void;
  finish(): void;
}

/** Reports nothing (tests, logs, a pipe). */
export const silentProgress: Progress = { phase() {}, advance() {}, finish() {} };

const width = 30;

/** A one-line bar redrawn in place on `stream`, at most every 100 ms. */
export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  let label = '';
  let total = 1;
  let done = 0;
  let drawnAt = 0;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - drawnAt < 100) return;
    drawnAt = now;
    const share = Math.min(1, done / total);
    const filled = Math.round(share * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    stream.write(`\r[${bar}] ${String(Math.round(share * 100)).padStart(3)}% ${label}\x1b[K`);
  };
  return {
    phase(next, units) {
      label = next;
      total = Math.max(1, units);
      done = 0;
      draw(true);
    },
    advance(units) {
      done += units;
      draw();
    },
    finish() {
      done = total;
      draw(true);
      stream.write('\n');
    },
  };
}

/** A bar when `stream` is a terminal, silence otherwise. */
export function progressFor(stream: NodeJS.WriteStream): Progress {
  return stream.isTTY ? terminalProgress(stream) : silentProgress;
}
