// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHarness, type Harness } from '../../test/harness';

import { recordEvent, verifyChain } from './service';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  for (let i = 0; i < 5; i++) {
    await h.db.transaction((tx) =>
      recordEvent(tx, {
        actorUserId: null,
        organisationId: null,
        action: `test.${i}`,
        origin: 'system',
        occurredAt: h.clock.now(),
      }),
    );
  }
});
afterAll(() => h.close());

/** What a DBA with superuser rights could do: switch the guard off, change a row, switch it on. */
async function tamper(sql: string): Promise<void> {
  await h.db.exec(
    `alter table audit_event disable trigger audit_event_no_update; ${sql}; alter table audit_event enable trigger audit_event_no_update;`,
  );
}

describe('recordEvent(tx, event)', () => {
  it('writes gap-free, chained rows', async () => {
    const rows = await h.db.query<{ seq: string; prev_hash: string; hash: string }>(
      'select seq, prev_hash, hash from audit_event order by seq',
    );
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
  });

  it('keeps concurrent writers in one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.db.transaction((tx) =>
          recordEvent(tx, {
            actorUserId: null,
            organisationId: null,
            action: `parallel.${i}`,
            origin: 'system',
            occurredAt: h.clock.now(),
          }),
        ),
      ),
    );
    expect(await verifyChain(h.db)).toEqual({ ok: true, checked: 25 });
  });

  it('disappears with the transaction it belongs to', async () => {
    await expect(
      h.db.transaction(async (tx) => {
        await recordEvent(tx, {
          actorUserId: null,
          organisationId: null,
          action: 'rolled.back',
          origin: 'system',
          occurredAt: h.clock.now(),
        });
        throw new Error('mutation failed');
      }),
    ).rejects.toThrow('mutation failed');
    expect(await h.db.query("select 1 from audit_event where action = 'rolled.back'")).toEqual([]);
  });
});

describe('audit_event table', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(h.db.query("update audit_event set action = 'x' where seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(h.db.query('delete from audit_event where seq = 1')).rejects.toThrow(
      /append-only/,
    );
    await expect(h.db.query('truncate audit_event')).rejects.toThrow(/append-only/);
  });
});

describe('verifyChain(db)', () => {
  it('names the first hand-edited row', async () => {
    await tamper("update audit_event set action = 'verdoezeld' where seq = 3");
    const report = await verifyChain(h.db);
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.seq).toBe(3);
    expect(report.checked).toBe(2);
  });

  it('notices a removed row', async () => {
    await tamper("update audit_event set action = 'test.2' where seq = 3");
    expect((await verifyChain(h.db)).ok).toBe(true);
    await tamper('delete from audit_event where seq = 4');
    expect((await verifyChain(h.db)).firstBroken?.seq).toBe(4);
  });
});
