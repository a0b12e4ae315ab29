/**
 * What an importer prints when its input folder is missing: one line saying what is missing, what the
 * folder holds and what to pass, instead of a stack trace. The raw third-party sources live outside
 * the repository (`../shared/sources/…`, never committed); the site builds without them.
 */
import { statSync } from 'node:fs';
import { relative } from 'node:path';

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
