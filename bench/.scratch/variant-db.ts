// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';

import pg from 'pg';

import type { Database } from '../../server/src/platform/db';

/** openServer from db.ts, but every parameterised query as a named (server-side prepared) statement. */
export async function openNamedServer(url: string, schema: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: `-c search_path=${schema}` });
  await pool.query('select 1');
  const names = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (!name) names.set(sql, (name = `q_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`));
    return name;
  };
  const run = async <Row>(target: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) =>
    (params ? await target.query({ name: nameOf(sql), text: sql, values: [...params] }) : await target.query(sql)).rows as Row[];
  return {
    kind: 'postgresql',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: (sql, params) => run(client, sql, params), exec: async (sql) => void (await client.query(sql)) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
