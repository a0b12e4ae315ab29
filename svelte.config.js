import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Scoped-CSS class names: `s-` and five characters of the hash, instead of `svelte-` and seven. A
		// prerendered page repeats the class on every scoped element (2,300 times on /air/), so this
		// keeps about 16 KB out of its HTML (issue 13's budget of 400 KB). Five base-36 characters are
		// 60 million names for fewer than 200 components.
		cssHash: ({ hash, css }) => `s-${hash(css).slice(0, 5)}`
	},
	kit: {
		// Every page is prerendered; `strict` makes a page that cannot be prerendered fail the build.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		// A fixed version name keeps builds byte-for-byte reproducible.
		version: { name: 'xiamen-dashboard', pollInterval: 0 },
		// Component CSS is small; inlining it saves the render-blocking stylesheet requests, which cost a
		// third of the largest contentful paint on the bench's phone profile (README, "Performance").
		// The inline <style> gets a sha256 hash in style-src-elem like the inline scripts do.
		inlineStyleThreshold: 20_000,
		// Content-Security-Policy. Prerendered pages get it as a <meta http-equiv> tag with a sha256 hash of
		// each inline script SvelteKit writes (the hydration bootstrap), so no script runs that the build did
		// not produce: no 'unsafe-inline' and no 'unsafe-eval' for scripts.
		// Styles: component CSS is in files or inlined with a hash (style-src-elem), but Svelte/LayerCake write
		// style ATTRIBUTES into the prerendered HTML (`style:height`, LayerCake's layout boxes, app.html's
		// display: contents), and those can only be allowed by 'unsafe-inline' (attributes cannot be
		// hashed without 'unsafe-hashes', and the values vary per chart). So style-src-attr allows inline
		// attributes, style-src-elem keeps <style> elements to 'self' + hashes, and style-src (the fallback for
		// browsers without -attr/-elem) has both. Style attributes cannot run script.
		// frame-ancestors cannot be set in a meta tag (browsers ignore it there): set it as an HTTP header
		// on the host (see README, "Security").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// The crawler starts from both home pages; every page links to its other-language twin.
			entries: ['/', '/en/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
