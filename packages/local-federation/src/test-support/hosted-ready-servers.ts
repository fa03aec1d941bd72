import { createServer } from 'node:http';
import { hostedInstanceEnvs } from '@orebro/http';

/** Several instances in one process (HOSTED_INSTANCES), each ready as soon as it listens on its PORT; exits naming the error when one cannot. */
for (const env of hostedInstanceEnvs(process.env)) {
  createServer((req, res) => {
    res.writeHead(req.url === '/ready' ? 200 : 404).end();
  })
    .on('error', (error) => {
      console.error(error.message);
      process.exit(1);
    })
    .listen(Number(env.PORT), '127.0.0.1');
}
