import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DataReader } from '../../../src/lib/pipeline/build';
import { MINIMAL_DATA } from '../../fixtures/data/minimal';

/** The minimal data directory with some files replaced (string) or removed (null). */
export function dataWith(
	changes: Record<string, string | Uint8Array | null> = {}
): Record<string, string | Uint8Array> {
	const files: Record<string, string | Uint8Array> = { ...MINIMAL_DATA };
	for (const [name, content] of Object.entries(changes)) {
		if (content === null) delete files[name];
		else files[name] = content;
	}
	return files;
}

/** An in-memory DataReader; file names in messages are shown as `data/<path>`. */
export function memoryReader(files: Record<string, string | Uint8Array>): DataReader {
	return {
		read(path) {
			const content = files[path];
			if (content === undefined) throw new Error(`ENOENT: ${path}`);
			return typeof content === 'string' ? new TextEncoder().encode(content) : content;
		},
		list: (folder) => Object.keys(files).filter((name) => name.startsWith(`${folder}/`) && name.endsWith('.csv')),
		display: (path) => `data/${path}`
	};
}

/** Writes files into a fresh temporary directory and returns its path. */
export function writeTempDir(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'xm-data-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
	return dir;
}
