import { createServer } from 'node:http';

/** A service that runs but never becomes ready: /ready answers 503 for ever. */
createServer((req, res) => {
  res.writeHead(req.url === '/ready' ? 503 : 404).end();
}).listen(Number(process.env.PORT), '127.0.0.1');
