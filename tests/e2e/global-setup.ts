import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let close: (() => Promise<void>) | undefined;

/**
 * Serves the built site (build/) on a free port of 127.0.0.1 for the browser tests with the server
 * `npm start` uses, so the tests see the headers production sends (scripts/headers.mjs). The test
 * command builds first; without build/ this fails with a clear message.
 */
export async function setup(project: TestProject) {
	const server = await startServer({ dir: 'build', port: 0 });
	close = server.close;
	project.provide('baseURL', server.url);
}

export async function teardown() {
	await close?.();
}
