/**
 * /enhance/embed.js: the one script of an embed page (src/routes/embed/[id]/). Embeds are prerendered and
 * not hydrated (SvelteKit's runtime alone is more than their JavaScript budget), so this small module
 * adds what needs a script, to the page's own markup:
 *
 * - the chart's view from the query string (`year`, `station`, `layer`, where the chart declares them:
 *   blocks marked `data-view-<option>="<value>"` are shown for the chosen value only), and the reader's
 *   options carried into the links (the full page, the builder);
 * - auto-height for the host page (../autoHeight.ts: our message and Pym.js's);
 * - what every chart gets (../charts.ts): tooltips, the calendar's keys, the download and share menu
 *   (whose export code, /enhance/export.js, loads on first use).
 *
 * Theme, `plain` and the `lang` redirect (to the other language's embed) happen earlier, before the
 * first paint, in /enhance/boot.js (../embedBoot.ts); this script sets theme and plain again from
 * the same parser.
 * Every value from the URL goes through the never-throwing parsers (src/lib/embed/options.ts).
 */
import type { ChartOptions } from '../../charts/model';
import { parseEmbedOptions, type EmbedOptions } from '../../embed/options';
import { embedLinks } from '../../embed/urls';
import { startAutoHeight } from '../autoHeight';
import { isRecord, readJson } from '../json';
import { startCharts } from '../charts';

const VIEW_OPTIONS = ['year', 'station', 'layer'] as const;

/** Shows, for each option the chart declares, only the blocks of the chosen value. */
function applyView(root: HTMLElement, view: EmbedOptions['view']) {
	for (const name of VIEW_OPTIONS) {
		const value = view[name];
		if (value === undefined) continue;
		for (const block of root.querySelectorAll<HTMLElement>(`[data-view-${name}]`))
			block.hidden = block.getAttribute(`data-view-${name}`) !== String(value);
	}
}

function start(root: HTMLElement) {
	const id = root.getAttribute('data-embed-id') ?? '';
	const chartOptions = readJson<ChartOptions | undefined>(root.getAttribute('data-embed-options'), undefined, isRecord);
	const options = parseEmbedOptions(new URLSearchParams(location.search), chartOptions);
	const root_ = document.documentElement;
	root_.setAttribute('data-theme', options.theme);
	root_.toggleAttribute('data-plain', options.plain);

	applyView(root, options.view);
	const links = embedLinks(options, chartOptions, {
		page: root.getAttribute('data-page-href') ?? '/',
		builder: root.getAttribute('data-builder-href') ?? '/embed/'
	});
	for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-page-link]')) a.setAttribute('href', links.page);
	const pageUrl = () => new URL(links.page, location.origin).href;

	startCharts(root, { pageUrl, builderHref: links.builder });

	startAutoHeight(id, options.childId);
}

const root = document.querySelector<HTMLElement>('main[data-embed-id]');
if (root) start(root);
