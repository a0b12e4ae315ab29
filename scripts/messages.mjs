/**
 * The messages (src/lib/i18n/project.inlang) compiled by Paraglide into src/lib/paraglide/, with one set
 * of options: `npm run generate` runs this file (before every build and test run), and `vite dev` uses
 * the same options in Paraglide's plugin, which compiles again on every edit.
 */
import { pathToFileURL } from 'node:url';
import { compile } from '@inlang/paraglide-js';

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const MESSAGE_OPTIONS = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/paraglide',
	// Chinese at /…, English at /en/…; nothing else (no cookie, no browser language) picks the locale.
	strategy: ['url', 'baseLocale'],
	disableAsyncLocalStorage: false,
	emitGitIgnore: false,
	emitPrettierIgnore: false
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await compile(MESSAGE_OPTIONS);
	console.log(`messages: compiled into ${MESSAGE_OPTIONS.outdir}`);
	// The compile is done in 4 s, but something Paraglide's project loader leaves open keeps Node alive for
	// another 30 s (Paraglide's own CLI exits explicitly too).
	process.exit(0);
}
