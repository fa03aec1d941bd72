import { createServer } from 'node:http';

/** A service that is ready as soon as it listens on PORT, and exits naming the error when it cannot. */
createServer((req, res) => {
  res.writeHead(req.url === '/ready' ? 200 : 404).end();
})
  .on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
