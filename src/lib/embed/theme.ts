/**
 * The embed's colour themes. Light is the site's own tokens (src/app.css); dark overrides the same
 * CSS variables, and lightens the series colours (the light ones are too dark on a dark page: CSS
 * beats the charts' `stroke`/`fill` attributes). `auto` follows the reader's prefers-color-scheme.
 *
 * The theme and `plain` are set on <html> (data-theme, data-plain) by a tiny inline script before the
 * first paint, so a dark embed never flashes white; the page keeps them in sync after hydration.
 */
import { SERIES_COLOURS } from '../charts/palette';
import { EMBED_THEMES } from './options';

/** Dark tokens; contrast of ink on paper ≥ 12:1, muted ink ≥ 7:1, links ≥ 7:1. */
export const DARK_TOKENS: Record<string, string> = {
	'--ink': '#e9eef2',
	'--ink-muted': '#b7c3cd',
	'--paper': '#121b22',
	'--page': '#121b22',
	'--rule': '#3b4853',
	'--grid': '#2b3741',
	'--link': '#8fcaf2',
	'--accent': '#8fcaf2',
	'--focus': '#ffffff',
	'--better': '#63d69f',
	'--worse': '#ff9a85',
	'--reference': '#f2ad6e'
};

/** Series colours on dark paper: the Okabe–Ito hues the light palette darkened, lightened again. */
export const DARK_SERIES: Record<(typeof SERIES_COLOURS)[number], string> = {
	'#0a5c8f': '#62b6ea',
	'#b34700': '#f09a4c',
	'#00795b': '#3fc79d',
	'#8c3f7a': '#d990c6',
	'#6b5d00': '#e0cf4a'
};

/** The dark theme as CSS rules (for `data-theme="dark"`, and `auto` in a dark colour scheme). */
export function themeCss(): string {
	const block = (selector: string) => {
		const tokens = Object.entries(DARK_TOKENS)
			.map(([k, v]) => `${k}:${v}`)
			.join(';');
		const series = Object.entries(DARK_SERIES)
			.map(
				([light, dark]) =>
					`${selector} [stroke="${light}" i]{stroke:${dark}}${selector} [fill="${light}" i]{fill:${dark}}`
			)
			.join('');
		return `${selector}{${tokens};color-scheme:dark}${series}`;
	};
	return `${block("html[data-theme='dark']")}@media (prefers-color-scheme: dark){${block("html[data-theme='auto']")}}`;
}

/**
 * The inline script that applies `theme` and `plain` from the query string before the first paint.
 * It only ever writes one of the allowed theme names (never the raw query) and a boolean attribute.
 */
export function bootScript(): string {
	const themes = JSON.stringify(EMBED_THEMES);
	return (
		'(function(){try{var q=new URLSearchParams(location.search),r=document.documentElement,' +
		`t=q.get('theme'),p=q.get('plain');if(${themes}.indexOf(t)>=0)r.setAttribute('data-theme',t);` +
		"if(p!==null&&/^(|1|true|yes|on)$/i.test(p))r.setAttribute('data-plain','');}catch(e){}})();"
	);
}

/** What the embed page puts in its <head>: the dark theme's CSS and the boot script. */
export function embedHeadHtml(): string {
	return `<style>${themeCss()}</style><script>${bootScript()}</script>`;
}
