// usage: node prof.mjs file.cpuprofile [topN]
import { readFileSync } from 'node:fs';
const [file, top = '40'] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
for (let i = 0; i < p.samples.length; i++)
  dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
let total = 0;
for (const v of dt.values()) total += v;
const label = (n) => {
  const cf = n.callFrame;
  const url = cf.url.replace(/^file:\/\/\/work\/main\//, '').replace(/node_modules\//, 'nm/');
  return `${cf.functionName || '(anon)'} ${url}:${cf.lineNumber + 1}`;
};
const pkg = (n) => {
  const u = n.callFrame.url;
  if (!u)
    return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native/builtin)';
  if (u.startsWith('node:')) return u;
  const m = u.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return 'pkg:' + m[1];
  return u
    .replace(/^file:\/\/\/work\/main\//, '')
    .split('/')
    .slice(0, 4)
    .join('/');
};
const selfBy = new Map(),
  pkgBy = new Map(),
  incl = new Map();
for (const [id, t] of dt) {
  const n = nodes.get(id);
  selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + t);
  pkgBy.set(pkg(n), (pkgBy.get(pkg(n)) ?? 0) + t);
  const seen = new Set();
  let cur = id;
  while (cur !== undefined) {
    const l = label(nodes.get(cur));
    if (!seen.has(l)) {
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + t);
    }
    cur = parent.get(cur);
  }
}
const pr = (title, m, n) => {
  console.log(`\n== ${title} (total ${(total / 1e6).toFixed(2)} s)`);
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, v]) => console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`));
};
pr('self by package/file', pkgBy, 30);
pr('self by function', selfBy, Number(top));
pr('inclusive by function', incl, Number(top));
