// SPDX-License-Identifier: EUPL-1.2
import { Writable } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { scratchDataDir, smallDataDir } from '../../test/fixtures/data-dirs';
import { createHarness, type Harness } from '../../test/harness';
import { createLogger } from '../platform/logger';

import { importOnFirstStart, statisticsLoaded } from './service';

/** A harness whose logger writes JSON lines into `lines`. */
async function harnessWithLog(dataDir?: string) {
  const lines: Record<string, unknown>[] = [];
  const h = await createHarness(dataDir ? { WEERBAAR_DATA_DIR: dataDir } : {});
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  h.deps.logger = createLogger('info', sink);
  return { h, lines };
}

describe('importOnFirstStart(deps)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('does nothing without WEERBAAR_DATA_DIR', async () => {
    const started = await harnessWithLog();
    h = started.h;
    expect(await importOnFirstStart(h.deps)).toBeNull();
    expect(await statisticsLoaded(h.db)).toBe(false);
  });

  it('imports the folder once when no statistics are loaded, logging counts only', async () => {
    const started = await harnessWithLog(smallDataDir);
    h = started.h;
    const summary = await importOnFirstStart(h.deps);
    expect(summary?.observations.created).toBe(934);
    expect(await statisticsLoaded(h.db)).toBe(true);
    const logged = started.lines.find((line) => line.event === 'statistics.imported');
    expect(logged).toMatchObject({ files: 13, regions: 58, observations: 934, geometry: 1 });
    expect(await importOnFirstStart(h.deps)).toBeNull();
    const [event] = await h.db.query(
      "select origin from audit_event where action = 'statistics.import'",
    );
    expect(event).toEqual({ origin: 'system' });
  });

  it('logs the problems of a broken folder and lets the platform start without statistics', async () => {
    const data = scratchDataDir();
    try {
      data.replace('kwb/kwb_2023_gemeente.csv', 'GM0088,', 'GM9999,');
      const started = await harnessWithLog(data.dir);
      h = started.h;
      expect(await importOnFirstStart(h.deps)).toBeNull();
      expect(await statisticsLoaded(h.db)).toBe(false);
      const failed = started.lines.find((line) => line.event === 'statistics.import-failed');
      expect(failed?.problems).toEqual([
        'kwb/kwb_2023_gemeente.csv: regel 3, kolom gemeentecode (1): onbekende regiocode GM9999 in de indeling van 2023',
      ]);
    } finally {
      data.dispose();
    }
  });
});
