// SPDX-License-Identifier: EUPL-1.2
import { keyHolders } from '../keys/holders';
import { keyStatus, rotateKeys, RotationError, type HolderStatus } from '../keys/rotation';
import { bootDeps } from '../platform/boot';
import { loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';

import { UsageError } from './usage-error';

const usage =
  'Gebruik: weerbaar keys status | weerbaar keys rotate [--batch-size N]\n' +
  '  (stel voor rotate de nieuwe sleutel in als WEERBAAR_MASTER_KEY en de oude als WEERBAAR_MASTER_KEY_PREVIOUS)';

function describe(status: HolderStatus[]): string {
  return status
    .map((s) => {
      const keys = s.byKey.length
        ? s.byKey
            .map((k) => {
              const label = { current: 'huidig', previous: 'vorige', unknown: 'onbekend' }[k.known];
              return `${k.keyId ?? 'zonder sleutel-id'} (${label}): ${k.count}`;
            })
            .join(', ')
        : 'leeg';
      return `  ${s.name.padEnd(28)} ${keys}\n`;
    })
    .join('');
}

/**
 * `weerbaar keys status`: per column how many values sit under which master key (exit 1 while
 * some are not under the current key). `weerbaar keys rotate`: moves them all to the current
 * key in audited batches; a key that opens nothing leaves the database unchanged (exit 1).
 */
export async function keysCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'status' && sub !== 'rotate') throw new UsageError(usage);
  const sizeAt = rest.indexOf('--batch-size');
  const batchSize = sizeAt >= 0 ? Number(rest[sizeAt + 1]) : 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(usage);
  const deps = await bootDeps(loadConfig(), createLogger('silent'));
  try {
    const ids = `huidige sleutel ${deps.keys.current.id}${deps.keys.previous ? `, vorige ${deps.keys.previous.id}` : ''}`;
    if (sub === 'rotate') {
      const result = await rotateKeys(deps.db, deps.keys, keyHolders, { batchSize });
      const moved = Object.entries(result.moved).map(([name, n]) => `  ${name.padEnd(28)} ${n}\n`);
      process.stdout.write(
        `Sleutelrotatie naar ${deps.keys.current.id} klaar (${result.batches} batch(es)):\n${moved.join('')}`,
      );
    }
    const status = await keyStatus(deps.db, deps.keys, keyHolders);
    const pending = status.reduce((n, s) => n + s.pending, 0);
    process.stdout.write(`Waarden per hoofdsleutel (${ids}):\n${describe(status)}`);
    process.stdout.write(
      pending === 0
        ? 'Alles staat onder de huidige sleutel. WEERBAAR_MASTER_KEY_PREVIOUS kan weg.\n'
        : `Nog ${pending} waarde(n) onder een andere sleutel: voer 'weerbaar keys rotate' uit.\n`,
    );
    return pending === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof RotationError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await deps.db.close();
  }
}
