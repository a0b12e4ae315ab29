/**
 * /enhance/pptx.js: the deck's PowerPoint download, loaded by the deck's script (./deck.ts) only when
 * a reader presses its button, so the deck pays nothing for pptxgenjs up front. Fetches the deck's
 * slide spec (prerendered: /present/pptx-<lang>.json, src/lib/present/pptx.ts), adds the pictures of
 * the charts that are not native PowerPoint charts (the class grid, the map: drawn from the slide as a
 * standalone SVG, ../../export/svg.ts), builds the file (src/lib/export/pptx/) and downloads it.
 */
import { buildPptx, PPTX_TYPE } from '../../export/pptx';
import type { DeckPptx } from '../../present/pptx';
import { standaloneSvg } from '../../export/svg';
import { download } from '../../export/download';

/** Builds and downloads the deck shown in `root` (the page's [data-deck]); returns the file name. */
export async function downloadDeckPptx(root: HTMLElement, specUrl: string, filename: string): Promise<string> {
	const response = await fetch(specUrl);
	if (!response.ok) throw new Error(`${specUrl}: ${response.status}`);
	const { spec, pending } = (await response.json()) as DeckPptx;
	for (const p of pending) {
		const slide = root.querySelector<HTMLElement>(`[data-slide="${CSS.escape(p.id)}"]`);
		const frame = slide?.closest<HTMLElement>('[data-frame]');
		// The map's drawing (not its legend column), else the chart's frame (its plot and legend).
		const figure = slide?.querySelector('[data-deck-chart] .xiamen-map .canvas, [data-deck-chart] figure');
		if (!slide || !frame || !figure) continue;
		// A hidden slide has no visible layers to copy: shown (at once, without its transition) for the copy.
		const { visibility, transition } = frame.style;
		frame.style.transition = 'none';
		frame.style.visibility = 'visible';
		try {
			const image = standaloneSvg(figure, 'natural', { title: '', source: '', date: '', site: '' }, p.alt);
			spec.slides[p.index] = {
				...spec.slides[p.index]!,
				chart: { type: 'image', svg: image.svg, alt: p.alt, aspectRatio: image.width / image.height }
			};
		} finally {
			frame.style.visibility = visibility;
			frame.style.transition = transition;
		}
	}
	const bytes = await buildPptx(spec);
	download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE }), filename, PPTX_TYPE);
	return filename;
}
