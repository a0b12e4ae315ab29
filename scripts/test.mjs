/**
 * `npm test`: every test, as CI runs it (.ci/run), and `npm run test:fast` (`--fast`: its first half).
 *
 *   1. `npm run generate` (the data and the messages, once) and `svelte-kit sync`, while Prettier and the
 *      test-layout check, which read no generated file, run beside it;
 *   2. test:fast: ESLint and svelte-check side by side; once the types check, the unit and component tests,
 *      two workers, beside the checks still running; output in test-results/fast.log, printed when a
 *      check or a test fails;
 *   3. (npm test only) the production build (vite build; output in test-results/build.log, printed when
 *      it fails), then the browser tests (vitest --project e2e) on the build.
 * test:fast has the machine to itself, so its time in CI's log is the time a developer waits for it
 * (when the browser suite ran beside it, test:fast took 564 s of a 565 s run); the browser suite follows
 * with both cores.
 *
 * Each stage prints its wall time; the first failure stops the run with its exit code. The commands are
 * package.json's own scripts, so `npm test` and the scripts run alone cannot drift apart.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const started = Date.now();
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(0)} s`;

/** Runs a command; output to the terminal, or to `log` (a file) when given. Resolves with its exit code. */
function run(command, { log } = {}) {
	return new Promise((resolve) => {
		const child = spawn(command, {
			shell: true,
			stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit'
		});
		const chunks = [];
		if (log) {
			child.stdout.on('data', (d) => chunks.push(d));
			child.stderr.on('data', (d) => chunks.push(d));
		}
		child.on('close', (code) => {
			if (log) writeFileSync(log, Buffer.concat(chunks));
			resolve(code ?? 1);
		});
	});
}

/** Runs the commands one after another; stops at the first that fails. */
async function series(name, commands, options) {
	const from = Date.now();
	for (const command of commands) {
		const code = await run(command, options);
		if (code !== 0) {
			console.error(`\n${name}: \`${command}\` failed (exit ${code}) after ${seconds(from)}`);
			return code;
		}
	}
	console.log(`\n${name}: passed in ${seconds(from)}`);
	return 0;
}

/** `--fast`: test:fast alone (`npm run test:fast`). */
const FAST_ONLY = process.argv.includes('--fast');
const NAME = FAST_ONLY ? 'test:fast' : 'npm test';
function stop(code) {
	console.error(`${NAME}: failed after ${seconds(started)}`);
	process.exit(code);
}

mkdirSync('test-results', { recursive: true });
const BUILD_LOG = 'test-results/build.log';
const FAST_LOG = 'test-results/fast.log';
/** The last lines of a stage's log, printed when it failed. */
const tail = (log) => process.stderr.write(`\n${readFileSync(log, 'utf8').split('\n').slice(-80).join('\n')}\n`);
/** The log file of one static check. */
const logOf = (command) => `test-results/${command.replace(/^npm run /, '').replace(/:/g, '-')}.log`;
/** One static check, its output in its own log. */
const check = (command) => series(command, [command], { log: logOf(command) }).then((code) => ({ command, code }));

// The checks that read no generated file start at once, on the core the preparation leaves idle: Prettier
// (.prettierignore skips src/lib/paraglide/, src/lib/generated/ and data/) and the test layout.
const early = ['npm run lint:format', 'npm run lint:layout'].map(check);
const prepared = await series('prepare', ['npm run generate', 'npx svelte-kit sync']);
if (prepared !== 0) stop(prepared);

/**
 * test:fast: the static checks side by side (ESLint and svelte-check read the generated messages, so they
 * start once they are written); the unit and component tests start as soon as the types check, beside
 * whatever check is still running (ESLint, the longest, ran on alone for some 30 s with a core idle).
 * Timed from the start, preparation included, as `npm run test:fast` alone runs it.
 */
async function fast() {
	const types = check('npm run check:types');
	const checks = [...early, check('npm run lint:code'), types];
	// Unit tests on code that does not type-check would only fail in confusing ways: they wait for the types.
	const typed = await types;
	// Two workers: 102 s instead of 125 s on two cores (each worker imports the modules once).
	const unit =
		typed.code === 0
			? series('unit', ['npm run test:unit -- --maxWorkers=2 --outputFile.json=test-results/fast.json'], {
					log: FAST_LOG
				})
			: Promise.resolve(null);
	const failed = (await Promise.all(checks)).find(({ code }) => code !== 0);
	const code = await unit;
	if (failed) {
		writeFileSync(FAST_LOG, readFileSync(logOf(failed.command)));
		return failed.code;
	}
	if (code === 0) console.log(`\ntest:fast: passed in ${seconds(started)}`);
	return code ?? 1;
}

// npm test's build follows test:fast. Run beside it (at the same priority, or niced beside the static checks
// or the unit tests), it took test:fast from 174 s to 188–203 s on clean clones and saved the whole run no
// more than the noise between runs (540–561 s): every stage is CPU-bound on two cores.
const fastCode = await fast();
if (fastCode !== 0) {
	tail(FAST_LOG);
	stop(fastCode);
}
if (FAST_ONLY) process.exit(0);
const build = await series('build', ['npx vite build'], { log: BUILD_LOG });
if (build !== 0) {
	tail(BUILD_LOG);
	stop(build);
}
const browser = await series('test:browser', ['npm run test:e2e']);
if (browser !== 0) stop(browser);
console.log(`npm test: every stage passed in ${seconds(started)}`);
