import { openDuck } from '../pipeline/duck';
import { loadInputs } from '../pipeline/input';
import { readFileSync } from 'node:fs';
const duck = await openDuck({ memoryLimit: '3GB' });
await loadInputs(duck, '/tmp/synth-1.0');
await duck.exec('SET preserve_insertion_order = false');
for (const s of ['buurten', 'areas']) await duck.exec(`CREATE TABLE ${s} AS ${readFileSync(`pipeline/steps/${s}.sql`, 'utf8')}`);
async function t(label: string, sql: string) {
  const s = performance.now(); const c0 = process.cpuUsage();
  const r = await duck.all(sql);
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(30), ((performance.now() - s) / 1000).toFixed(2), ((c.user + c.system) / 1e6).toFixed(2), JSON.stringify(r.slice(0, 5)));
}
const cur = readFileSync('pipeline/steps/dwelling_holdings.sql', 'utf8');
const alt = `WITH multi AS (SELECT owner_id FROM ownership WHERE owner_kind = 'person' GROUP BY owner_id HAVING count(*) >= 2)
SELECT o.owner_id AS person_id, count(*) AS dwellings, sum(o.share * COALESCE(a.woz_value, 0)) AS value
FROM ownership o JOIN multi m ON m.owner_id = o.owner_id JOIN areas a ON a.address_id = o.address_id
WHERE o.owner_kind = 'person' AND a.is_dwelling GROUP BY o.owner_id HAVING count(*) >= 2`;
for (let i = 0; i < 2; i++) {
  await t('current', `SELECT count(*), sum(dwellings), sum(value) FROM (${cur})`);
  await t('prefilter', `SELECT count(*), sum(dwellings), sum(value) FROM (${alt})`);
}
duck.close();
