import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; `strict` makes a page that cannot be prerendered fail the build.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		// A fixed version name keeps builds byte-for-byte reproducible.
		version: { name: 'xiamen-dashboard', pollInterval: 0 },
		prerender: {
			// The crawler starts from both home pages; every page links to its other-language twin.
			entries: ['/', '/en/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
