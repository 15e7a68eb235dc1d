// SPDX-License-Identifier: EUPL-1.2
// Scratch: node bin/run-ts.js bench/.scratch/variant-bench.ts
// VARIANTS="base;body:V_BODY=1;..." DBS=postgresql ROUNDS=2 SECS=8
import autocannon from 'autocannon';

import { commandCpuSeconds, cpuSecondsBetween, machineBusyPercent, machineBusySeconds, newBenchAccount, preparePglite, preparePostgres, processCpuSeconds, signIn, startServerChild, withDefaultUser } from '../harness';

const variants = (process.env.VARIANTS ?? 'base').split(';').map((spec) => {
  const [name, envs] = spec.split(':');
  return { name: name ?? spec, env: Object.fromEntries((envs ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string])) };
});
const dbs = (process.env.DBS ?? 'postgresql').split(',');
const rounds = Number(process.env.ROUNDS ?? '2');
const secs = Number(process.env.SECS ?? '8');
const endpoints = (process.env.EPS ?? 'health,me').split(',');
const url = withDefaultUser('postgres://127.0.0.1:5432/test');
const rows: string[] = [];

async function quiet() {
  const deadline = Date.now() + 90_000;
  let busy = await machineBusyPercent();
  while (busy !== null && busy > 15 && Date.now() < deadline) busy = await machineBusyPercent();
  return busy;
}

for (let round = 1; round <= rounds; round++) {
  for (const db of dbs) {
    for (const variant of variants) {
      for (const key of ['V_BODY', 'V_HEADERS', 'V_NAMED', 'BENCH_POOL_SIZE', 'BENCH_LOG_LEVEL']) delete process.env[key];
      Object.assign(process.env, variant.env);
      const database = db === 'pglite' ? await preparePglite() : await preparePostgres(url);
      const account = newBenchAccount();
      const server = await startServerChild({ database, account, script: 'bench/.scratch/variant-server.ts' });
      try {
        const cookie = await signIn(server.baseUrl, account);
        for (const ep of endpoints) {
          const target = `${server.baseUrl}${ep === 'me' ? '/api/v1/me' : '/api/health'}`;
          const headers = ep === 'me' ? { cookie } : {};
          const busy = await quiet();
          await autocannon({ url: target, connections: 50, duration: 3, headers });
          const s0 = await processCpuSeconds(server.ready.pid);
          const p0 = await commandCpuSeconds('postgres');
          const m0 = await machineBusySeconds();
          const u0 = process.cpuUsage();
          const t0 = performance.now();
          const r = await autocannon({ url: target, connections: 50, duration: secs, headers });
          const wall = (performance.now() - t0) / 1000;
          const u = process.cpuUsage(u0);
          const s1 = await processCpuSeconds(server.ready.pid);
          const p1 = await commandCpuSeconds('postgres');
          const m1 = await machineBusySeconds();
          const srv = ((s1 ?? 0) - (s0 ?? 0)) / wall;
          const pgc = cpuSecondsBetween(p0, p1) / wall;
          const self = (u.user + u.system) / 1e6 / wall;
          const other = ((m1 ?? 0) - (m0 ?? 0)) / wall - srv - pgc - self;
          const rps = r.requests.average;
          const row = [round, db, variant.name, ep, Math.round(rps), r.latency.p99, r.non2xx + r.errors, `${Math.round(srv * 100)}%`, `${Math.round(pgc * 100)}%`, `${Math.round(self * 100)}%`, `${Math.round(other * 100)}%`, `srvµs/req=${Math.round((srv / rps) * 1e6)}`, `pgµs/req=${Math.round((pgc / rps) * 1e6)}`, `busy0=${busy}%`].join('\t');
          console.log(row);
          rows.push(row);
        }
      } finally {
        await server.stop();
        await database.dispose();
      }
    }
  }
}
setTimeout(() => process.exit(), 3000).unref();
