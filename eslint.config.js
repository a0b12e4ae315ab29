import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'src/lib/paraglide/', 'src/lib/generated/', 'node_modules/', 'static/enhance/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Links are built with Paraglide's localizeHref (the site has no base path), not $app/paths' resolve().
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// State is runes ($state, $derived) and $app/state: no stores. Importing one is an error, so
			// svelte/require-store-reactive-access (a store read without its $) has nothing to find; with type
			// information it asked TypeScript for the type of every expression in every template, 12 of
			// ESLint's 48 CPU-seconds on the components (2026-12-07).
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'svelte/store', message: 'Use runes ($state, $derived, $effect) instead of stores.' },
						{ name: '$app/stores', message: 'Use $app/state (page, navigating, updated) instead of $app/stores.' }
					]
				}
			],
			'svelte/require-store-reactive-access': 'off'
		}
	},
	{
		// Type information for the components' scripts (svelte/no-unused-props needs it), from one program of the
		// components and what they import (tsconfig.eslint.json), not the project service's program of every
		// file: ESLint took 82 s of CPU with the service, 63 s with this (2026-12-07).
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				project: './tsconfig.eslint.json',
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
