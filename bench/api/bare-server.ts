/** @module The ceiling for `npm run bench:api`: a bare Fastify route on loopback answering a small JSON object. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', () => ({ status: 'ok', db: 'none' }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`serving on ${address}\n`);
