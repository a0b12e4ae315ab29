#!/usr/bin/env node
/**
 * Serves a built site folder over HTTP on 127.0.0.1, the way a static host would
 * (`/air/` → `air/index.html`). Usage: node scripts/serve.mjs [dir=build] [port=4173]
 * Prints the URL once listening. Used by `npm start`, the browser tests and the benchmark.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

const dir = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });

createServer((req, res) =>
	serve(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
	})
).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dir} at http://127.0.0.1:${port}/`);
});
