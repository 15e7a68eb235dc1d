import http from 'node:http';
const s = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"status":"ok"}');
});
s.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: s.address().port })));
