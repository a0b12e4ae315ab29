/**
 * The finishing pass over the package pptxgenjs wrote (a zip of XML parts). Each step is a small
 * string transform, tested on its own, for something pptxgenjs 4.0.1 does not say or says wrongly:
 *
 * - fonts: every run and chart text declares the East Asian font beside the Latin one, and the theme
 *   names them too (pptxgenjs writes one face for both);
 * - paragraphs: one <a:pPr> per paragraph, first (pptxgenjs repeats it before every run of a
 *   multi-run paragraph, which PowerPoint 2016 reports as an error);
 * - charts: a missing value is a missing point (pptxgenjs writes an empty <c:v>), each series gets
 *   its own dash and marker, the embedded workbook is replaced (workbook.ts);
 * - notes: one paragraph per line, tagged with the deck's language;
 * - pictures: the SVG is added beside its PNG fallback as Office stores an SVG picture.
 */
import JSZip from 'jszip';
import type { ChartPlan, SeriesLook } from './charts';
import type { DeckLanguage } from './spec';
import { FONT } from './style';
import { workbookParts, xmlText } from './workbook';

export interface ImagePlan {
	/** 1-based slide number. */
	slide: number;
	/** The picture's object name. */
	name: string;
	svg: string;
}

export interface FinishPlan {
	language: DeckLanguage;
	/** By 1-based slide number. */
	charts: Map<number, ChartPlan>;
	images: ImagePlan[];
	/** By 1-based slide number. */
	notes: Map<number, string>;
}

const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const REL_PACKAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';
const REL_NOTES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide';
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const SVG_EXT = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';
const SVG_NS = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';

export const languageTag = (language: DeckLanguage) => (language === 'zh' ? 'zh-CN' : 'en-US');

/** Finishes the package pptxgenjs wrote; returns the .pptx bytes (deflated). */
export async function finishPackage(raw: Uint8Array, plan: FinishPlan): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(raw);
	const read = async (path: string) => {
		const file = zip.file(path);
		if (!file) throw new Error(`The package has no ${path}`);
		return file.async('string');
	};
	const slideCount = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;

	for (let n = 1; n <= slideCount; n++) {
		const slidePath = `ppt/slides/slide${n}.xml`;
		const relsPath = `ppt/slides/_rels/slide${n}.xml.rels`;
		let slide = oneParagraphProps(eastAsianFonts(await read(slidePath)));
		let rels = await read(relsPath);

		for (const image of plan.images.filter((i) => i.slide === n)) {
			const target = `../media/svg-${n}-${image.name.replace(/\W+/g, '')}.svg`;
			const added = addSvgPicture(slide, rels, image.name, target);
			slide = added.slide;
			rels = added.rels;
			zip.file(`ppt/media/${target.slice('../media/'.length)}`, image.svg);
		}
		zip.file(slidePath, slide);
		zip.file(relsPath, rels);

		const chart = plan.charts.get(n);
		if (chart) {
			const chartPath = relTargets(rels, REL_CHART, slidePath)[0];
			if (!chartPath) throw new Error(`Slide ${n} has no chart part`);
			const looks = chart.looks;
			let xml = chartGaps(eastAsianFonts(await read(chartPath)));
			if (looks) xml = seriesLooks(xml, looks);
			zip.file(chartPath, xml);
			const chartRels = chartPath.replace(/([^/]+)$/, '_rels/$1.rels');
			const workbookPath = relTargets(await read(chartRels), REL_PACKAGE, chartPath)[0];
			if (!workbookPath) throw new Error(`The chart of slide ${n} has no workbook`);
			const workbook = new JSZip();
			for (const [path, content] of Object.entries(workbookParts(chart))) workbook.file(path, content);
			zip.file(workbookPath, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
		}

		const notesPath = relTargets(rels, REL_NOTES, slidePath)[0];
		const notes = plan.notes.get(n);
		if (notesPath && notes !== undefined) zip.file(notesPath, notesBody(await read(notesPath), notes, plan.language));
	}

	zip.file('ppt/theme/theme1.xml', themeFonts(await read('ppt/theme/theme1.xml')));
	for (const path of Object.keys(zip.files).filter((p) => /^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(p)))
		zip.file(path, oneParagraphProps(eastAsianFonts(await read(path))));

	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The parts a relationships file points to with `type`, as package paths (resolved against `source`). */
export function relTargets(rels: string, type: string, source: string): string[] {
	const out: string[] = [];
	for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
		const tag = m[0];
		if (attr(tag, 'Type') !== type) continue;
		const target = attr(tag, 'Target');
		if (target) out.push(resolvePath(source, target));
	}
	return out;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** `target` relative to the folder of `source` (or absolute from the package root), as a package path. */
export function resolvePath(source: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = source.split('/').slice(0, -1);
	for (const piece of target.split('/')) {
		if (piece === '..') parts.pop();
		else if (piece !== '.') parts.push(piece);
	}
	return parts.join('/');
}

/**
 * Declares the East Asian font wherever pptxgenjs names the Latin one: a run's `<a:ea>` that repeats
 * the Latin face becomes the East Asian face, and a Latin face without an `<a:ea>` after it (chart
 * text) gets one.
 */
export function eastAsianFonts(xml: string): string {
	const latin = FONT.latin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return xml
		.replace(new RegExp(`<a:ea typeface="${latin}"`, 'g'), `<a:ea typeface="${FONT.eastAsian}"`)
		.replace(
			new RegExp(`(<a:latin typeface="${latin}"[^>]*/>)(?!\\s*<a:ea\\b)`, 'g'),
			`$1<a:ea typeface="${FONT.eastAsian}" charset="-122"/>`
		);
}

/** The theme's fonts: Latin for headings and body, the East Asian font for the ea slot and for Simplified Chinese. */
export function themeFonts(xml: string): string {
	return xml
		.replace(/(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"/g, `$1${FONT.latin}"`)
		.replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${FONT.eastAsian}"/>`)
		.replace(/<a:font script="Hans" typeface="[^"]*"\s*\/>/g, `<a:font script="Hans" typeface="${FONT.eastAsian}"/>`);
}

const PARAGRAPH_PROPS = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;

/** Keeps only the first `<a:pPr>` of each paragraph (the schema allows one, first). */
export function oneParagraphProps(xml: string): string {
	return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_p, body: string) => {
		let seen = false;
		return `<a:p>${body.replace(PARAGRAPH_PROPS, (props) => (seen ? '' : ((seen = true), props)))}</a:p>`;
	});
}

/** Removes the points with no value from a chart's number caches: a missing point is a gap. */
export function chartGaps(xml: string): string {
	return xml.replace(/<c:numCache>[\s\S]*?<\/c:numCache>/g, (cache) =>
		cache.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, '')
	);
}

/** Gives each `<c:ser>` (in order) its dash and marker; a hollow marker is white inside. */
export function seriesLooks(xml: string, looks: SeriesLook[]): string {
	let i = 0;
	return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
		const look = looks[i++];
		if (!look) return ser;
		let out = ser.replace(/(<c:spPr>[\s\S]*?<a:ln\b[\s\S]*?<a:prstDash val=")solid(")/, `$1${look.dash}$2`);
		out = out.replace(/<c:marker>([\s\S]*?)<\/c:marker>/, (_marker, body: string) => {
			let m = body.replace(/<c:symbol val="[^"]*"\/>/, `<c:symbol val="${look.marker}"/>`);
			if (look.hollow)
				m = m.replace(/(<c:spPr>\s*<a:solidFill>)[\s\S]*?(<\/a:solidFill>)/, '$1<a:srgbClr val="FFFFFF"/>$2');
			return `<c:marker>${m}</c:marker>`;
		});
		return out;
	});
}

/** The notes placeholder's text: one paragraph per line of `notes`, in the deck's language and fonts. */
export function notesBody(xml: string, notes: string, language: DeckLanguage): string {
	const lang = languageTag(language);
	const alt = language === 'zh' ? ' altLang="en-US"' : '';
	const fonts = `<a:latin typeface="${FONT.latin}"/><a:ea typeface="${FONT.eastAsian}" charset="-122"/>`;
	const paragraphs = notes
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) =>
			line
				? `<a:p><a:r><a:rPr lang="${lang}"${alt} dirty="0">${fonts}</a:rPr><a:t>${xmlText(line)}</a:t></a:r></a:p>`
				: `<a:p><a:endParaRPr lang="${lang}"${alt} dirty="0"/></a:p>`
		)
		.join('');
	return xml.replace(
		/(<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[^>]*\/>(?:(?!<\/p:sp>)[\s\S])*?<p:txBody>)[\s\S]*?(<\/p:txBody>)/,
		(_m, head: string, tail: string) => `${head}<a:bodyPr/><a:lstStyle/>${paragraphs}${tail}`
	);
}

/**
 * Adds an SVG to the picture named `name`: the PNG stays the picture's blip (what PowerPoint 2013,
 * older WPS and other viewers draw) and the SVG goes in the blip's svgBlip extension (what
 * PowerPoint 2016+ and Microsoft 365 draw), exactly as PowerPoint stores an inserted SVG.
 */
export function addSvgPicture(
	slide: string,
	rels: string,
	name: string,
	target: string
): { slide: string; rels: string } {
	const ids = [...rels.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]));
	const id = `rId${Math.max(0, ...ids) + 1}`;
	let found = false;
	const out = slide.replace(/<p:pic>[\s\S]*?<\/p:pic>/g, (pic) => {
		if (found || !new RegExp(`<p:cNvPr\\b[^>]*\\sname="${name}"`).test(pic)) return pic;
		found = true;
		const ext = `<a:extLst><a:ext uri="${SVG_EXT}"><asvg:svgBlip xmlns:asvg="${SVG_NS}" r:embed="${id}"/></a:ext></a:extLst>`;
		return pic.replace(
			/(<a:blip\b[^>]*?)(\/>|>([\s\S]*?)<\/a:blip>)/,
			(_b, open: string, _close: string, inner = '') => `${open}>${inner}${ext}</a:blip>`
		);
	});
	if (!found) throw new Error(`No picture named ${JSON.stringify(name)} on the slide`);
	return {
		slide: out,
		rels: rels.replace(
			'</Relationships>',
			`<Relationship Id="${id}" Type="${REL_IMAGE}" Target="${target}"/></Relationships>`
		)
	};
}
