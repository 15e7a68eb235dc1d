import autocannon from 'autocannon';
const [url, secs = '5', cookie] = process.argv.slice(2);
const headers = cookie ? { cookie } : {};
await autocannon({ url, connections: 50, duration: 2, headers });
const r = await autocannon({ url, connections: 50, duration: Number(secs), headers });
console.log(
  JSON.stringify({
    url,
    rps: Math.round(r.requests.average),
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  }),
);
