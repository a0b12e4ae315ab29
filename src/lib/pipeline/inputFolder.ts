/**
 * An importer's input folder: what to print when it is missing (one line saying what is missing, what the
 * folder holds and what to pass, instead of a stack trace), the files it holds, and one file read as a
 * stream of lines. The raw third-party sources live outside the repository (`../shared/sources/…`, never
 * committed); the site builds without them.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path, { relative } from 'node:path';
import { ImportError } from './importError';
import { LineSplitter, type Line } from './lines';
import { byCodeUnit } from './order';

/** How an importer is called and what its folder holds, for the message. */
export interface InputFolderUse {
	/** The npm script, e.g. `import:cnemc`. */
	command: string;
	/** What the folder holds, e.g. `the CNEMC hourly files`. */
	holds: string;
	/** The arguments to show, e.g. `DIR` or `GEO_DIR [PLACES_CSV]`. */
	usage: string;
}

/**
 * Null when `path` is a readable folder; otherwise the one line to print, e.g.
 * `import:cnemc: no folder ../shared/sources/cnemc (the CNEMC hourly files, kept outside the repository, see README). Pass the folder that holds them: npm run import:cnemc -- DIR`.
 * `cwd` (default the process's) makes the path in the message relative.
 */
export function missingFolderMessage(path: string, use: InputFolderUse, cwd = process.cwd()): string | null {
	let what: string | null = null;
	try {
		if (!statSync(path).isDirectory()) what = 'is not a folder';
	} catch {
		what = 'does not exist';
	}
	if (what === null) return null;
	const rel = relative(cwd, path);
	const shown = rel.startsWith('../../') || rel.startsWith('/') ? path : rel || '.';
	return (
		`${use.command}: ${shown} ${what} (${use.holds}, kept outside the repository, see README). ` +
		`Pass the folder that holds them: npm run ${use.command} -- ${use.usage}`
	);
}

/** Every file under `dir`, as sorted POSIX paths relative to `dir`. */
export async function listFiles(dir: string, rel = ''): Promise<string[]> {
	const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
	const out: string[] = [];
	for (const e of entries) {
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.isDirectory()) out.push(...(await listFiles(dir, r)));
		else if (e.isFile()) out.push(r);
	}
	return out.sort(byCodeUnit);
}

/**
 * Streams one file: hashes bytes (sha256), decodes strict UTF-8, splits lines, hands them to `onLine`.
 * Memory: one 64 KiB chunk and one partial line, whatever the file size.
 */
export async function streamFile(abs: string, rel: string, onLine: (l: Line) => void) {
	const hash = createHash('sha256');
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const splitter = new LineSplitter(onLine);
	let bytes = 0;
	try {
		for await (const buf of createReadStream(abs, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
			hash.update(buf);
			bytes += buf.length;
			splitter.push(decoder.decode(buf, { stream: true }));
		}
		splitter.push(decoder.decode());
	} catch (e) {
		if (e instanceof TypeError && /decode|encoded/i.test(e.message))
			throw new ImportError({ file: rel }, 'not valid UTF-8');
		throw e;
	}
	return { bytes, sha256: hash.digest('hex'), stats: splitter.end() };
}
