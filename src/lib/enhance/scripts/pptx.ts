/**
 * /enhance/pptx.js: PowerPoint downloads, loaded only when a reader asks for one (the deck's button,
 * ./deck.ts; "PowerPoint (.pptx)" in a chart's download menu, ../actionsMenu.ts), so no page pays for
 * pptxgenjs up front. Fetches the prerendered slide specs of the catalogue (/present/pptx-<lang>.json,
 * src/lib/present/pptx.ts), composes the deck shown (or the one chart's slide), adds the pictures of the
 * charts that are not native PowerPoint charts (the class grid, the map: drawn from the page as a
 * standalone SVG, ../../export/svg.ts), builds the file (src/lib/export/pptx/) and downloads it.
 */
import { buildPptx, PPTX_TYPE } from '../../export/pptx';
import { composePptx, type DeckPptx, type PptxCatalogue } from '../../present/pptx';
import { standaloneSvg } from '../../export/svg';
import { download } from '../../export/download';

const NO_TEXTS = { title: '', source: '', date: '', site: '' };

async function fetchCatalogue(url: string): Promise<PptxCatalogue> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as PptxCatalogue;
}

/** The picture of a chart drawn on the page, as a slide's chart. */
function picture(figure: Element, alt: string) {
	const image = standaloneSvg(figure, 'natural', NO_TEXTS, alt);
	return { type: 'image' as const, svg: image.svg, alt, aspectRatio: image.width / image.height };
}

async function save({ spec }: DeckPptx, filename: string): Promise<string> {
	const bytes = await buildPptx(spec);
	download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE }), filename, PPTX_TYPE);
	return filename;
}

/** Builds and downloads the deck shown in `root` (the page's [data-deck]: its slides, in order); returns the file name. */
export async function downloadDeckPptx(root: HTMLElement, specUrl: string, filename: string): Promise<string> {
	const ids = [...root.querySelectorAll<HTMLElement>('[data-frame] [data-slide]')].map((s) => s.dataset.slide!);
	const deck = composePptx(await fetchCatalogue(specUrl), ids);
	for (const p of deck.pending) {
		const slide = root.querySelector<HTMLElement>(`[data-frame] [data-slide="${CSS.escape(p.id)}"]`);
		const frame = slide?.closest<HTMLElement>('[data-frame]');
		// The map's drawing (not its legend column), else the chart's frame (its plot and legend).
		// (Asked one by one: a selector list would return the frame's <figure>, first in the document, for the map too.)
		const figure =
			slide?.querySelector('[data-deck-chart] .xiamen-map .canvas') ?? slide?.querySelector('[data-deck-chart] figure');
		if (!slide || !frame || !figure) continue;
		// A hidden slide has no visible layers to copy: shown (at once, without its transition) for the copy.
		const { visibility, transition } = frame.style;
		frame.style.transition = 'none';
		frame.style.visibility = 'visible';
		// On the slide the map's panel spans the slide with the city at its left: the picture is the city's
		// drawing alone (the panel as wide as its map for the copy), centred on the PowerPoint slide.
		const svg = figure.matches('.canvas') ? figure.querySelector<SVGSVGElement>(':scope > svg') : null;
		const panel = figure as HTMLElement;
		const saved = { width: panel.style.width, margin: svg?.style.marginLeft ?? '' };
		if (svg) {
			svg.style.marginLeft = '0';
			panel.style.width = `${svg.clientWidth}px`;
		}
		try {
			deck.spec.slides[p.index] = { ...deck.spec.slides[p.index]!, chart: picture(figure, p.alt) };
		} finally {
			frame.style.visibility = visibility;
			frame.style.transition = transition;
			panel.style.width = saved.width;
			if (svg) svg.style.marginLeft = saved.margin;
		}
	}
	return save(deck, filename);
}

/**
 * Builds and downloads a one-slide deck of the chart `id` drawn in `figure` (its ChartFrame): title
 * (the finding), the chart (native with its data for line and bar charts, else the picture of the
 * chart on the page), the source footnote and the speaker notes; returns the file name.
 */
export async function downloadChartPptx(figure: Element, specUrl: string, id: string): Promise<string> {
	const deck = composePptx(await fetchCatalogue(specUrl), [id]);
	if (deck.spec.slides.length !== 1) throw new Error(`No slide for the chart ${id}`);
	deck.spec.title = deck.spec.slides[0]!.title;
	const map = figure.querySelector('.xiamen-map .canvas');
	for (const p of deck.pending)
		deck.spec.slides[p.index] = { ...deck.spec.slides[p.index]!, chart: picture(map ?? figure, p.alt) };
	return save(deck, `${id}.pptx`);
}
