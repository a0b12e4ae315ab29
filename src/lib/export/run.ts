/**
 * The export actions behind a chart's menu (browser only). ChartActions.svelte imports this module
 * lazily, when the reader first uses the menu, so pages and embeds do not load it up front.
 * Every text arrives already in the page's language.
 */
import { toCsv } from './csv';
import { download } from './download';
import type { ExportTexts } from './layout';
import { SLIDE } from './layout';
import { standaloneSvg, svgToPng } from './svg';

export interface ExportRequest {
	/** The chart's <figure> (ChartFrame). */
	figure: Element;
	id: string;
	texts: ExportTexts;
	/** The chart's summary sentence (the SVG's <desc>). */
	summary: string;
	table: { columns: string[]; rows: string[][] };
	/** The sidecar text (sources and licence). */
	sidecar: string;
}

export type ExportAction = 'png-slide' | 'png-2x' | 'svg' | 'csv' | 'source';

/** Runs one export and downloads the result; returns the file name. */
export async function runExport(action: ExportAction, request: ExportRequest): Promise<string> {
	const { figure, id, texts, summary } = request;
	switch (action) {
		case 'png-slide': {
			const svg = standaloneSvg(figure, 'slide', texts, summary);
			const name = `${id}-${SLIDE.width}x${SLIDE.height}.png`;
			download(await svgToPng(svg, 1), name);
			return name;
		}
		case 'png-2x': {
			const svg = standaloneSvg(figure, 'natural', texts, summary);
			const name = `${id}@2x.png`;
			download(await svgToPng(svg, 2), name);
			return name;
		}
		case 'svg': {
			const name = `${id}.svg`;
			download(standaloneSvg(figure, 'natural', texts, summary).svg, name, 'image/svg+xml;charset=utf-8');
			return name;
		}
		case 'csv': {
			const name = `${id}.csv`;
			download(toCsv(request.table.columns, request.table.rows), name, 'text/csv;charset=utf-8');
			return name;
		}
		case 'source': {
			const name = `${id}.source.txt`;
			download('\uFEFF' + request.sidecar, name);
			return name;
		}
	}
}
