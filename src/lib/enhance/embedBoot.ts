/**
 * What the embed's boot script does (/enhance/boot.js: a classic, render-blocking <script src> in the
 * embed page's <head>, from the site's own origin, so the CSP needs no hash for it; built from
 * ./scripts/boot.ts by scripts/build-enhance.mjs). Before the first paint it applies `theme` and `plain`
 * from the query string to <html>, so a dark embed never flashes white, and sends a `lang` that names
 * the other language to that language's embed (the same address with /en/ added or removed, every
 * other parameter kept, `lang` dropped). It reads the query with the embed's own parsers
 * (src/lib/embed/options.ts) and builds the address with languageUrl (src/lib/embed/urls.ts), so there is one
 * definition of each; it only ever writes an allowed theme name and a boolean attribute.
 */
import { EMBED_LANGS, EMBED_THEMES, parseBoolean, parseEnum } from '../embed/options';
import { languageUrl, pageLang } from '../embed/urls';

/** The parts of `location` and `document` the boot script touches (fakes in the tests). */
export interface BootEnvironment {
	location: { search: string; pathname: string; hash: string; replace(url: string): void };
	document: { documentElement: { lang?: string; setAttribute(name: string, value: string): void } };
}

export function boot({ location, document }: BootEnvironment): void {
	try {
		const query = new URLSearchParams(location.search);
		const root = document.documentElement;
		const theme = parseEnum(query.get('theme'), EMBED_THEMES, null);
		if (theme) root.setAttribute('data-theme', theme);
		const plain = query.get('plain');
		// `?plain` alone means yes.
		if (parseBoolean(plain === '' ? '1' : plain, false)) root.setAttribute('data-plain', '');
		const lang = parseEnum(query.get('lang'), EMBED_LANGS, null);
		if (lang && lang !== pageLang(root.lang ?? '')) {
			location.replace(languageUrl(location.pathname, location.search, location.hash, lang));
		}
	} catch {
		// Never stop the page: without the boot script the embed is light and complete.
	}
}
