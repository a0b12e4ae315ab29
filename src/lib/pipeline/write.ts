import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces the directory `outDir` with exactly `files` (name → content), atomically as far as the
 * file system allows: everything is written to a sibling temporary directory first, then the old
 * directory is moved aside and the new one renamed into place. If anything fails before the swap,
 * `outDir` is untouched and the temporary directory is removed.
 */
export function writeDirectoryAtomically(outDir: string, files: Record<string, string>): void {
	const parent = dirname(outDir);
	mkdirSync(parent, { recursive: true });
	const temp = join(parent, `.${basename(outDir)}.tmp-${process.pid}`);
	const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
	rmSync(temp, { recursive: true, force: true });
	try {
		mkdirSync(temp);
		for (const [name, content] of Object.entries(files)) {
			const path = join(temp, name);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, content);
		}
	} catch (error) {
		rmSync(temp, { recursive: true, force: true });
		throw error;
	}
	const hadOld = existsSync(outDir);
	if (hadOld) renameSync(outDir, old);
	try {
		renameSync(temp, outDir);
	} catch (error) {
		if (hadOld) renameSync(old, outDir);
		rmSync(temp, { recursive: true, force: true });
		throw error;
	}
	if (hadOld) rmSync(old, { recursive: true, force: true });
}
