import { tables } from '../pipeline/contract';
import { literal, openDuck } from '../pipeline/duck';
import { inputFile } from '../pipeline/input';
const dir = process.argv[2]!;
const duck = await openDuck({ memoryLimit: '3GB' });
const t0 = performance.now();
for (const spec of tables) {
  const t = performance.now();
  const file = inputFile(dir, spec.name)!;
  const key = spec.columns[0]!.name;
  await duck.all(`SELECT count(*) AS groups FROM (SELECT "${key}", count(*) FROM read_parquet(${literal(file)}) GROUP BY 1)`);
  console.log(spec.name, ((performance.now() - t) / 1000).toFixed(2));
}
console.log('total', ((performance.now() - t0) / 1000).toFixed(2));
duck.close();
