import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let server: Server | undefined;

/**
 * Serves the built site (build/) on a free port of 127.0.0.1 for the browser tests, as a static
 * host would. The test command builds first; without build/ this fails with a clear message.
 */
export async function setup(project: TestProject) {
	const dir = resolve('build');
	if (!existsSync(resolve(dir, 'index.html'))) {
		throw new Error('build/index.html is missing: run `npm run build` before the browser tests (npm test does).');
	}
	const serve = sirv(dir, { dev: false, extensions: ['html'] });
	server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	project.provide('baseURL', `http://127.0.0.1:${address.port}`);
}

export async function teardown() {
	await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
}
