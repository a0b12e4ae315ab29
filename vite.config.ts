import { existsSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { buildEnhanceScripts } from './scripts/build-enhance.mjs';
import { buildIslands } from './scripts/build-islands.mjs';
import { MESSAGE_OPTIONS } from './scripts/messages.mjs';
import { writeHeadersFile } from './scripts/headers.mjs';

/**
 * Paraglide compiles the messages into src/lib/paraglide/ on `vite dev`, and again on every edit. A build
 * and the tests use what `npm run generate` compiled with the same options (scripts/messages.mjs;
 * `npm run build` and `npm test` run it first): a compile there would delete and rewrite
 * src/lib/paraglide/ while svelte-check, which `npm test` runs beside the build, reads it (it once found
 * no messages at all).
 */
const paraglide = (): Plugin => ({
	...(paraglideVitePlugin(MESSAGE_OPTIONS) as Plugin),
	apply: (_, env) => env.command === 'serve' && !process.env.VITEST
});

/**
 * Writes the unhydrated pages' scripts (static/enhance/*.js) and the islands (static/enhance/<locale>/)
 * before each build and dev server.
 */
const enhanceScripts = (): Plugin => {
	let built: Promise<unknown> | null = null;
	return {
		name: 'xiamen-enhance-scripts',
		buildStart() {
			// Once per run (SvelteKit builds twice: server and client); not for the test runner.
			if (process.env.VITEST) return;
			return (built ??= buildEnhanceScripts().then(() => buildIslands())).then(() => undefined);
		}
	};
};

/**
 * Writes build/_headers (the headers file of Netlify and Cloudflare Pages, scripts/headers.mjs) once the
 * adapter has written the site: after the server build, which runs the adapter as it closes.
 */
const hostHeaders = (): Plugin => {
	let ssr = false;
	return {
		name: 'xiamen-host-headers',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				if (ssr && !process.env.VITEST && existsSync('build/index.html')) writeHeadersFile('build');
			}
		}
	};
};

export default defineConfig({
	plugins: [enhanceScripts(), sveltekit(), paraglide(), hostHeaders()],
	// JSON imports as `JSON.parse("…")`, not an object literal with a named export per key: the 2.2 MB dataset
	// took 1.6 s to transform and as long to evaluate in each test project (every import is a default one).
	json: { stringify: true },
	// Rolldown's plugin-timing report is noise in every build log.
	build: { sourcemap: process.env.SOURCEMAP === '1', rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		// The JSON reports are what .ci/run turns into its final "N passed, N failed" line (the test
		// scripts in package.json name one file per run: test-results/fast.json, browser.json).
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		// Three suites: pure code in Node, components in jsdom (`npm run test:fast`), the built site in
		// Chromium (`npm run test:browser`).
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					// One module graph per worker instead of one per file: importing the dataset, d3 and the
					// pipeline once rather than 80 times took the unit suite from 170 s to 60 s (2 shared cores).
					// The tests share no mutable module state; they pass with the files shuffled
					// (`--sequence.shuffle.files`).
					isolate: false,
					// A hang guard, not a speed assertion: the CLI tests spawn Node, slow on a busy machine.
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts'],
					// One jsdom and one Svelte/LayerCake import per worker instead of per file (environment set-up
					// was 100 s of the 290 s this suite took); Testing Library unmounts after every test.
					isolate: false,
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					// The files of a worker share one module graph: the site inventory, the dataset and the deck's
					// modules (present, work, export tests) are imported once per worker, not once per file (the
					// suite: 709 → 667 s of CPU, 387 → 364 s, 2026-12-07), and one Chromium (browser.ts
					// `sharedBrowser`); the helpers' other module state is per browser.
					isolate: false,
					// Hang guards, not speed assertions: a test waits for its page while others load theirs.
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// `expect.poll` waits for a state the page reaches (a zoom animation's end, a tooltip): up to 10 s,
					// not the default 1 s, which a loaded machine can miss (the map's zoom reset did, once, in CI).
					expect: { poll: { timeout: 10_000 } },
					// Two files at a time, each with its own Chromium (three, or eight concurrent tests a file, made
					// the two cores thrash); the gates over every page schedule their own pages
					// (every-page.test.ts `AT_ONCE`).
					maxWorkers: 2
				}
			}
		]
	}
});
