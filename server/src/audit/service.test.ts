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

describe('the hash computed in SQL', () => {
  it('equals the hash verify recomputes, for any text PostgreSQL can hold', async () => {
    const awkward = [
      'quote " and backslash \\ and slash /',
      'controls \b\f\n\r\t \u0001 \u001f \u007f',
      'accents é ü ĳ, emoji 🛡️, separators \u2028 \u2029',
      '<script>alert(1)</script>',
    ];
    const writer = await createHarness();
    try {
      for (const [i, text] of awkward.entries())
        await writer.db.transaction((tx) =>
          recordEvent(tx, {
            actorUserId: '00000000-0000-4000-8000-000000000001',
            organisationId: null,
            action: `awkward.${i}`,
            objectType: text,
            objectId: i % 2 ? null : text,
            result: i === 3 ? 'denied' : 'success',
            origin: 'http',
            occurredAt: new Date(Date.UTC(2026, 10, 30, 12, 0, 0, 7 * i)),
          }),
        );
      expect(await verifyChain(writer.db)).toEqual({ ok: true, checked: awkward.length });
    } finally {
      await writer.close();
    }
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

  it('notices that the newest rows were removed, through the head of the chain', async () => {
    const writer = await createHarness();
    try {
      for (let i = 0; i < 3; i++)
        await writer.db.transaction((tx) =>
          recordEvent(tx, {
            actorUserId: null,
            organisationId: null,
            action: `tail.${i}`,
            origin: 'system',
            occurredAt: writer.clock.now(),
          }),
        );
      await writer.db.exec(
        'alter table audit_event disable trigger audit_event_no_update; delete from audit_event where seq >= 2; alter table audit_event enable trigger audit_event_no_update;',
      );
      expect(await verifyChain(writer.db)).toEqual({
        ok: false,
        checked: 1,
        firstBroken: { seq: 2, reason: 'rij 2 tot en met 3 ontbreken (de kop wijst naar rij 3)' },
      });
    } finally {
      await writer.close();
    }
  });
});

describe('audit_head table', () => {
  it('refuses DELETE and TRUNCATE, so the chain keeps its head', async () => {
    await expect(h.db.query('delete from audit_head')).rejects.toThrow(/refused/);
    await expect(h.db.query('truncate audit_head')).rejects.toThrow(/refused/);
  });

  it('refuses an event when the head is gone, instead of writing an unchained row', async () => {
    const writer = await createHarness();
    try {
      await writer.db.exec(
        'alter table audit_head disable trigger audit_head_no_delete; delete from audit_head;',
      );
      await expect(
        writer.db.transaction((tx) =>
          recordEvent(tx, {
            actorUserId: null,
            organisationId: null,
            action: 'headless',
            origin: 'system',
            occurredAt: writer.clock.now(),
          }),
        ),
      ).rejects.toThrow(/null value/);
      expect(await writer.db.query('select 1 from audit_event')).toEqual([]);
    } finally {
      await writer.close();
    }
  });
});
