/**
 * What a chart's export needs, split by where it comes from (pure):
 *
 * - ExportInfo: everything known when the page is rendered, all words already in the page's language
 *   (title block, source and date lines, the sidecar's sources, licence and labels). ChartActions.svelte
 *   builds it; on a hydrated page it is used directly, in an embed it travels in the prerendered HTML
 *   (`data-export` on the actions menu) to the embed's own export module.
 * - the page's address, known only in the browser (`pageUrl`: the chart on its dashboard page).
 *
 * `exportRequest` joins the two into the ExportRequest that src/lib/export/run.ts runs.
 */
import type { Source } from '../data/types';
import type { ExportTexts } from './layout';
import type { ExportRequest } from './run';
import { sidecarText, type SidecarLabels } from './text';

export interface ExportInfo {
	id: string;
	/** The chart's summary sentence (the SVG's <desc>). */
	summary: string;
	/** The title block and the source and date lines; the site line is added with the page's address. */
	texts: Omit<ExportTexts, 'site'>;
	/** The site's name, written before the page's address on the image. */
	siteTitle: string;
	/** The sidecar file's parts (sources and licence), its address added in the browser. */
	sidecar: {
		sources: Pick<Source, 'title' | 'publisher' | 'date' | 'url'>[];
		licence: string;
		labels: SidecarLabels;
	};
}

/** The request for one export of the chart in `figure`, its table and its page's absolute address. */
export function exportRequest(
	info: ExportInfo,
	figure: Element,
	table: { columns: string[]; rows: string[][] },
	pageUrl: string
): ExportRequest {
	return {
		figure,
		id: info.id,
		summary: info.summary,
		table,
		texts: { ...info.texts, site: `${info.siteTitle} · ${pageUrl}` },
		sidecar: sidecarText({
			title: info.texts.title,
			subtitle: info.texts.subtitle,
			pageUrl,
			csvFile: `${info.id}.csv`,
			sources: info.sidecar.sources,
			licence: info.sidecar.licence,
			labels: info.sidecar.labels
		})
	};
}

/**
 * A chart's data table as the frame shows it (ChartFrame's <details> table): header cells, then each
 * row's cells, as text. The CSV export of an embed is read from here, so it is exactly what the reader
 * sees. Needs only `querySelectorAll`/`textContent`, so it also runs on a parsed HTML document.
 */
export function tableOf(figure: ParentNode): { columns: string[]; rows: string[][] } {
	const table = figure.querySelector('details table') ?? figure.querySelector('table');
	if (!table) return { columns: [], rows: [] };
	const text = (cell: Element) => (cell.textContent ?? '').trim();
	return {
		columns: [...table.querySelectorAll('thead th')].map(text),
		rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text))
	};
}
