import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A tiny static server for a third-party page (tests/fixtures/host/), on its own port of 127.0.0.1 —
 * so a different origin from the dashboard. `%SITE%` and `%OTHER%` in the files are replaced.
 */
export async function startHost(
	replacements: Record<string, string>
): Promise<{ origin: string; setReplacement: (key: string, value: string) => void; close: () => Promise<void> }> {
	const dir = resolve('tests/fixtures/host');
	const values = { ...replacements };
	const server: Server = createServer((req, res) => {
		const name = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]!.slice(1);
		if (!/^[a-z-]+\.html$/.test(name)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		try {
			let html = readFileSync(resolve(dir, name), 'utf8');
			for (const [key, value] of Object.entries(values)) html = html.replaceAll(`%${key}%`, value);
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(html);
		} catch {
			res.statusCode = 404;
			res.end('Not found');
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('host server has no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		setReplacement: (key, value) => {
			values[key] = value;
		},
		close: () =>
			new Promise<void>((done) => {
				server.close(() => done());
				server.closeAllConnections();
			})
	};
}
