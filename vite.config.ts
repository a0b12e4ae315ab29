import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { buildEnhanceScripts } from './scripts/build-enhance.mjs';

const paraglide = () =>
	paraglideVitePlugin({
		project: './src/lib/i18n/project.inlang',
		outdir: './src/lib/paraglide',
		// Chinese at /…, English at /en/…; nothing else (no cookie, no browser language) picks the locale.
		strategy: ['url', 'baseLocale'],
		disableAsyncLocalStorage: false,
		emitGitIgnore: false,
		emitPrettierIgnore: false
	});

/** Writes the unhydrated pages' scripts (static/enhance/*.js) before each build and dev server. */
const enhanceScripts = (): Plugin => {
	let built: Promise<unknown> | null = null;
	return {
		name: 'xiamen-enhance-scripts',
		buildStart() {
			// Once per run (SvelteKit builds twice: server and client); not for the test runner.
			if (process.env.VITEST) return;
			return (built ??= buildEnhanceScripts()).then(() => undefined);
		}
	};
};

export default defineConfig({
	plugins: [enhanceScripts(), sveltekit(), paraglide()],
	// Rolldown's plugin-timing report is noise in every build log.
	build: { sourcemap: process.env.SOURCEMAP === '1', rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		// The JSON report is what .ci/run turns into its final "N passed, N failed" line.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		// Three suites, one command: pure code in Node, components in jsdom, the built site in Chromium.
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One Chromium at a time: the machine has two cores.
					fileParallelism: false
				}
			}
		]
	}
});
