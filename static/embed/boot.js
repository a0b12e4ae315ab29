/*
 * The embed's boot script (a classic render-blocking <script src> in the embed page's <head>, from
 * the site's own origin, so the CSP needs no hash for it). Before the first paint it applies `theme`
 * and `plain` from the query string to <html>, so a dark embed never flashes white; the page keeps
 * them in sync after hydration. It only ever writes one of the allowed theme names (never the raw
 * query) and a boolean attribute. The allowed names are EMBED_THEMES in src/lib/embed/options.ts
 * (tests/unit/embed/embed.test.ts checks they agree).
 */
(function () {
	try {
		var THEMES = ['light', 'dark', 'auto'];
		var q = new URLSearchParams(location.search);
		var r = document.documentElement;
		var t = q.get('theme');
		var p = q.get('plain');
		if (THEMES.indexOf(t) >= 0) r.setAttribute('data-theme', t);
		if (p !== null && /^(|1|true|yes|on)$/i.test(p)) r.setAttribute('data-plain', '');
		// `lang` naming the other language goes to that language's embed before anything is drawn
		// (the same address with /en/ added or removed, every other parameter kept, `lang` dropped).
		var lang = q.get('lang');
		var here = r.lang === 'en' ? 'en' : 'zh';
		if ((lang === 'zh' || lang === 'en') && lang !== here) {
			var bare = location.pathname.indexOf('/en/') === 0 ? location.pathname.slice(3) : location.pathname;
			q.delete('lang');
			var rest = q.toString();
			location.replace((lang === 'en' ? '/en' + bare : bare) + (rest ? '?' + rest : '') + location.hash);
		}
	} catch {
		// Never stop the page: without the boot script the embed is light and complete.
	}
})();
