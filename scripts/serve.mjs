#!/usr/bin/env node
/**
 * Serves a built site folder over HTTP the way a static host would (`/air/` → `air/index.html`), with
 * the headers production sends (scripts/headers.mjs, the same rules as the build's `_headers` file).
 * One server for `npm start` / `npm run preview`, the browser tests and the benchmark.
 *
 * Usage: node scripts/serve.mjs [DIR=build] [PORT]   — the port: the argument, else $PORT, else 4173;
 * the address: $HOST, else 127.0.0.1. Prints the URL once listening.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headerRules, headersFor } from './headers.mjs';

/**
 * Starts the server; `port` 0 picks a free one. `gzip`: send `x.gz` for `x` when the folder has one
 * and the browser accepts gzip (the benchmark precompresses its copy of the site, as hosts do).
 * @param {{ dir?: string, port?: number, host?: string, gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ dir = 'build', port = 0, host = '127.0.0.1', gzip = false } = {}) {
	const root = resolve(dir);
	if (!existsSync(join(root, 'index.html')))
		throw new Error(`${join(root, 'index.html')} is missing: run \`npm run build\` first.`);
	const rules = headerRules(root);
	const files = sirv(root, { dev: false, etag: true, gzip, extensions: ['html'] });
	const server = createServer((req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://site.invalid').pathname;
		for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
		const notFound = () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/plain; charset=utf-8');
			res.end('Not found');
		};
		// The headers file is read by the host, not served.
		if (pathname === '/_headers') return notFound();
		files(req, res, notFound);
	});
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => done(undefined));
	});
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the server has no port');
	return {
		url: `http://${host}:${address.port}`,
		close: () =>
			new Promise((done) => {
				server.close(() => done());
				server.closeAllConnections();
			})
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [dir = 'build', portArg] = process.argv.slice(2);
	const port = Number(portArg ?? process.env.PORT ?? 4173);
	startServer({ dir, port, host: process.env.HOST ?? '127.0.0.1' }).then(
		({ url }) => console.log(`Serving ${resolve(dir)} at ${url}/ (Ctrl+C stops; PORT=… picks another port)`),
		(error) => {
			console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
			process.exitCode = 1;
		}
	);
}
