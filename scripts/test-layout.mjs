/**
 * Where tests live (checked by `npm run lint`): `tests/unit` and `tests/component` mirror the folders of
 * the code they test — a test of `src/lib/<folder>/…` sits in `tests/unit/<folder>/` (or
 * `tests/component/<folder>/`), a test of `scripts/…` in `tests/unit/scripts/`, and is named for the
 * module it tests (`limits.test.ts`) or for the behaviour it checks across that folder
 * (`importer.merge.test.ts`). Helpers and fixtures shared by a whole suite may sit at its root; tests may
 * not. `tests/e2e` tests the built site, page by page, and is not a mirror.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, relative to it. @param {string} dir @returns {string[]} */
function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path).map((f) => join(name, f)) : [name];
	});
}

/**
 * The misplaced test files of a suite. @param {string} root the repository
 * @param {string} suite e.g. `tests/unit` @returns {string[]}
 */
export function misplacedTests(root, suite) {
	return files(join(root, suite))
		.filter((f) => f.endsWith('.test.ts'))
		.filter((f) => {
			const parts = f.split(sep).slice(0, -1);
			if (parts.length === 0) return true;
			if (parts[0] === 'scripts') return !existsSync(join(root, ...parts));
			return !existsSync(join(root, 'src', 'lib', ...parts));
		})
		.map((f) => relative(root, join(root, suite, f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const wrong = ['tests/unit', 'tests/component'].flatMap((suite) => misplacedTests(process.cwd(), suite));
	if (wrong.length > 0) {
		console.error(
			`test-layout: ${wrong.length} test file(s) not in the folder that mirrors what they test ` +
				`(tests/unit/<folder> for src/lib/<folder>, tests/unit/scripts for scripts/; see scripts/test-layout.mjs):\n` +
				wrong.map((f) => `  ${f}`).join('\n')
		);
		process.exit(1);
	}
	console.log('test-layout: every unit and component test mirrors the folder it tests');
}
