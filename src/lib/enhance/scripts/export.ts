/**
 * /enhance/export.js: the export code of a chart's menu (PNG 1920×1080 and 2×, standalone SVG, CSV with
 * a BOM and a sources sidecar), loaded by a page's script (../actionsMenu.ts) only when a menu is first opened, so it
 * costs nothing up front. The same code as the dashboard's pages (src/lib/export/); the table is read
 * from the chart frame, so the CSV is exactly the table the reader sees.
 */
import { runExport, type ExportAction } from '../../export/run';
import { exportRequest, tableOf, type ExportInfo } from '../../export/request';

/** Runs one export of the chart in `figure` and downloads the result; returns the file name. */
export function runEmbedExport(
	action: ExportAction,
	info: ExportInfo,
	figure: Element,
	pageUrl: string
): Promise<string> {
	return runExport(action, exportRequest(info, figure, tableOf(figure), pageUrl));
}
