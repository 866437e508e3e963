import { Router } from '@koa/router';
import Koa from 'koa';

/**
 * The framework's own ceiling: Koa and @koa/router answering a small JSON body, nothing else; and
 * answering `n` bytes of JSON written beforehand (`/bytes/:n`), the bound for a response of that
 * size on this machine, whatever the server does to produce it.
 */
const app = new Koa();
const router = new Router();
const bodies = new Map<number, Buffer>();
router.get('/hello', (ctx) => {
  ctx.body = { hello: 'world' };
});
router.get('/bytes/:n', (ctx) => {
  const n = Math.max(16, Math.min(1_000_000, Number(ctx.params.n) || 16));
  let body = bodies.get(n);
  if (!body) {
    body = Buffer.from(JSON.stringify({ pad: 'x'.repeat(n - 10) }));
    bodies.set(n, body);
  }
  ctx.type = 'application/json';
  ctx.body = body;
});
app.use(router.routes());
app.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
