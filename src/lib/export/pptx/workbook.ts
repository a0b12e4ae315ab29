/**
 * The workbook embedded in a native chart (pure): what PowerPoint and WPS open on “Edit Data”. One
 * sheet, “Sheet1”, laid out as the chart part refers to it — categories down column A from A2,
 * series names across row 1 from B1, values below them — with numbers as numbers (0 stays 0) and a
 * missing value as an empty cell, never a zero.
 *
 * Written here rather than by pptxgenjs, whose 4.0.1 workbook writes 0 as an empty cell, a missing
 * value as an empty <v/>, and a table whose range ends in a stray quote (Excel repairs it on open).
 */
import type { ChartPlan } from './charts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Escapes text for XML content and attribute values. */
export function xmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** “A”, “B” … “Z”, “AA” … for a 0-based column index. */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

const textCell = (ref: string, text: string) =>
	`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;

/** The sheet: header row, then one row per category. */
export function sheetXml(plan: Pick<ChartPlan, 'categories' | 'series'>): string {
	const last = `${columnName(plan.series.length)}${plan.categories.length + 1}`;
	const rows: string[] = [];
	rows.push(`<row r="1">${plan.series.map((s, k) => textCell(`${columnName(k + 1)}1`, s.name)).join('')}</row>`);
	plan.categories.forEach((category, i) => {
		const r = i + 2;
		const cells = [textCell(`A${r}`, category)];
		plan.series.forEach((s, k) => {
			const v = s.values[i];
			if (typeof v === 'number' && Number.isFinite(v)) cells.push(`<c r="${columnName(k + 1)}${r}"><v>${v}</v></c>`);
		});
		rows.push(`<row r="${r}">${cells.join('')}</row>`);
	});
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		`<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${last}"/>` +
		'<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
		`<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="${plan.series.length + 1}" width="16" customWidth="1"/></cols>` +
		`<sheetData>${rows.join('')}</sheetData></worksheet>`
	);
}

/** Every part of the workbook package, by path. */
export function workbookParts(plan: Pick<ChartPlan, 'categories' | 'series'>): Record<string, string> {
	const type = (t: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml`;
	return {
		'[Content_Types].xml':
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/>' +
			`<Override PartName="/xl/workbook.xml" ContentType="${type('sheet.main')}"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type('worksheet')}"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="${type('styles')}"/>` +
			'</Types>',
		'_rels/.rels':
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			`<Relationships xmlns="${PKG_REL}">` +
			`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
			'</Relationships>',
		'xl/workbook.xml':
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		'xl/_rels/workbook.xml.rels':
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			`<Relationships xmlns="${PKG_REL}">` +
			`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
			'</Relationships>',
		// The smallest stylesheet Excel accepts: one font, the two required fills, one border, one format.
		'xl/styles.xml':
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			`<styleSheet xmlns="${MAIN}">` +
			'<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>' +
			'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
			'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
			'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
			'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
			'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
			'</styleSheet>',
		'xl/worksheets/sheet1.xml': sheetXml(plan)
	};
}
