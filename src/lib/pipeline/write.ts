/**
 * Atomic writes: nothing half-written is ever left in place. `npm run data` replaces its output folder
 * as a whole; an importer replaces its own files in data/derived/, a folder other importers share.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path, { basename, dirname, join } from 'node:path';

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

/**
 * Writes `files` into `outDir`: staged in a sibling directory, then renamed in one by one; a failed rename
 * restores the files already replaced. Leaves other files in `outDir` alone.
 */
export async function writeAtomically(outDir: string, files: readonly [string, string][]): Promise<void> {
	const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging-${process.pid}`);
	await rm(staging, { recursive: true, force: true });
	await mkdir(path.join(staging, 'new'), { recursive: true });
	await mkdir(path.join(staging, 'old'), { recursive: true });
	try {
		for (const [name, text] of files) await writeFile(path.join(staging, 'new', name), text, 'utf8');
		await mkdir(outDir, { recursive: true });
		const done: { name: string; hadOld: boolean }[] = [];
		try {
			for (const [name] of files) {
				const target = path.join(outDir, name);
				let hadOld = false;
				try {
					await rename(target, path.join(staging, 'old', name));
					hadOld = true;
				} catch (e) {
					if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
				}
				done.push({ name, hadOld });
				await rename(path.join(staging, 'new', name), target);
			}
		} catch (e) {
			for (const d of done.reverse()) {
				const target = path.join(outDir, d.name);
				await rm(target, { force: true });
				if (d.hadOld) await rename(path.join(staging, 'old', d.name), target);
			}
			throw e;
		}
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}
