/**
 * Reads a .pptx back for the tests, as a reader of the file would find it: a zip of XML parts,
 * followed through their relationships (slide → chart → workbook, slide → notes, slide → pictures).
 */
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';

const { DOMParser } = new JSDOM('').window as unknown as { DOMParser: typeof globalThis.DOMParser };

/** Parses an XML part; fails on anything not well-formed. */
export function parseXml(xml: string, path = 'part'): Document {
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	const error = doc.getElementsByTagName('parsererror')[0];
	if (error) throw new Error(`${path} is not well-formed XML: ${error.textContent}`);
	return doc;
}

const all = (node: Document | Element, tag: string) => [...node.getElementsByTagName(tag)];
const first = (node: Document | Element, tag: string) => node.getElementsByTagName(tag)[0];
const val = (node: Document | Element, tag: string) => first(node, tag)?.getAttribute('val') ?? undefined;

export interface Run {
	text: string;
	size?: number;
	lang?: string;
	latin?: string;
	eastAsian?: string;
}

export interface Shape {
	name: string;
	/** `title` for the title placeholder. */
	placeholder?: string;
	/** Paragraphs' texts. */
	paragraphs: string[];
	runs: Run[];
	/** Position and size in inches. */
	box: { x: number; y: number; w: number; h: number };
}

export interface ChartRead {
	path: string;
	type: 'line' | 'bar';
	barDir?: string;
	grouping?: string;
	dispBlanksAs?: string;
	categories: string[];
	series: {
		name: string;
		values: (number | null)[];
		dash?: string;
		marker?: string;
		colour?: string;
		pointColours: string[];
	}[];
	/** Sizes (pt) of every text property in the chart part. */
	textSizes: number[];
	/** Every `<a:latin>` of the part with the `<a:ea>` that follows it. */
	fonts: { latin: string; eastAsian?: string }[];
	workbook: { path: string; cells: Map<string, string | number>; parts: string[] };
}

export interface SlideRead {
	number: number;
	title?: Shape;
	shapes: Shape[];
	notes: string[];
	chart?: ChartRead;
	picture?: { name: string; alt: string; png: Uint8Array; svg?: string; box: Shape['box'] };
	/** Number of `<a:p>` with more than one `<a:pPr>`. */
	repeatedParagraphProps: number;
}

export interface DeckRead {
	zip: JSZip;
	slides: SlideRead[];
	theme: Document;
	/** Every XML part by path (parsed, so all are well-formed). */
	parts: Map<string, Document>;
	contentTypes: string;
}

const EMU = 914400;

function rels(xml: string | undefined, source: string): Map<string, { type: string; path: string }> {
	const out = new Map<string, { type: string; path: string }>();
	if (!xml) return out;
	for (const r of all(parseXml(xml), 'Relationship')) {
		const target = r.getAttribute('Target')!;
		const path = target.startsWith('/')
			? target.slice(1)
			: (() => {
					const parts = source.split('/').slice(0, -1);
					for (const piece of target.split('/')) {
						if (piece === '..') parts.pop();
						else parts.push(piece);
					}
					return parts.join('/');
				})();
		out.set(r.getAttribute('Id')!, { type: r.getAttribute('Type')!.split('/').pop()!, path });
	}
	return out;
}

function readRuns(shape: Element): Run[] {
	return all(shape, 'a:r').map((r) => {
		const props = first(r, 'a:rPr');
		return {
			text: first(r, 'a:t')?.textContent ?? '',
			size: props?.getAttribute('sz') ? Number(props.getAttribute('sz')) / 100 : undefined,
			lang: props?.getAttribute('lang') ?? undefined,
			latin: props ? (first(props, 'a:latin')?.getAttribute('typeface') ?? undefined) : undefined,
			eastAsian: props ? (first(props, 'a:ea')?.getAttribute('typeface') ?? undefined) : undefined
		};
	});
}

function box(node: Element) {
	const off = first(node, 'a:off');
	const ext = first(node, 'a:ext');
	const n = (el: Element | undefined, a: string) => Number(el?.getAttribute(a) ?? 0) / EMU;
	return { x: n(off, 'x'), y: n(off, 'y'), w: n(ext, 'cx'), h: n(ext, 'cy') };
}

async function readWorkbook(bytes: Uint8Array, path: string) {
	const zip = await JSZip.loadAsync(bytes);
	const sheet = parseXml(await zip.file('xl/worksheets/sheet1.xml')!.async('string'), `${path}!sheet1`);
	const shared = zip.file('xl/sharedStrings.xml');
	const strings = shared ? all(parseXml(await shared.async('string')), 'si').map((si) => si.textContent ?? '') : [];
	const cells = new Map<string, string | number>();
	for (const c of all(sheet, 'c')) {
		const ref = c.getAttribute('r')!;
		const t = c.getAttribute('t');
		if (t === 'inlineStr') cells.set(ref, first(c, 't')?.textContent ?? '');
		else if (t === 's') cells.set(ref, strings[Number(first(c, 'v')?.textContent)]!);
		else if (first(c, 'v')?.textContent) cells.set(ref, Number(first(c, 'v')!.textContent));
		else cells.set(ref, '');
	}
	for (const p of Object.keys(zip.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels')))
		parseXml(await zip.file(p)!.async('string'), `${path}!${p}`);
	return { path, cells, parts: Object.keys(zip.files).filter((p) => !zip.files[p]!.dir) };
}

async function readChart(zip: JSZip, path: string): Promise<ChartRead> {
	const doc = parseXml(await zip.file(path)!.async('string'), path);
	const type = first(doc, 'c:lineChart') ? 'line' : 'bar';
	const series = all(doc, 'c:ser').map((ser) => {
		const cache = first(first(ser, 'c:val')!, 'c:numCache')!;
		const count = Number(val(cache, 'c:ptCount'));
		const values: (number | null)[] = Array.from({ length: count }, () => null);
		for (const pt of all(cache, 'c:pt')) values[Number(pt.getAttribute('idx'))] = Number(first(pt, 'c:v')!.textContent);
		const spPr = [...ser.children].find((c) => c.tagName === 'c:spPr');
		const marker = first(ser, 'c:marker');
		return {
			name: first(first(ser, 'c:tx')!, 'c:v')?.textContent ?? '',
			values,
			dash: spPr ? val(spPr, 'a:prstDash') : undefined,
			marker: marker ? val(marker, 'c:symbol') : undefined,
			colour: spPr ? val(first(spPr, 'a:solidFill')!, 'a:srgbClr') : undefined,
			pointColours: all(ser, 'c:dPt').map((d) => val(d, 'a:srgbClr')!)
		};
	});
	const catSer = first(doc, 'c:ser');
	const categories = catSer ? all(first(catSer, 'c:cat')!, 'c:pt').map((pt) => pt.textContent ?? '') : [];
	const textSizes = [...all(doc, 'a:defRPr'), ...all(doc, 'a:rPr')]
		.map((p) => p.getAttribute('sz'))
		.filter((s): s is string => !!s)
		.map((s) => Number(s) / 100);
	const fonts = all(doc, 'a:latin').map((latin) => {
		const next = latin.nextElementSibling;
		return {
			latin: latin.getAttribute('typeface')!,
			eastAsian: next?.tagName === 'a:ea' ? next.getAttribute('typeface')! : undefined
		};
	});
	const chartRels = rels(await zip.file(path.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string'), path);
	const wbPath = [...chartRels.values()].find((r) => r.type === 'package')!.path;
	return {
		path,
		type,
		barDir: val(doc, 'c:barDir'),
		grouping: val(doc, 'c:grouping'),
		dispBlanksAs: val(doc, 'c:dispBlanksAs'),
		categories,
		series,
		textSizes,
		fonts,
		workbook: await readWorkbook(await zip.file(wbPath)!.async('uint8array'), wbPath)
	};
}

/** Reads every slide of a .pptx. */
export async function readPptx(bytes: Uint8Array): Promise<DeckRead> {
	const zip = await JSZip.loadAsync(bytes);
	const parts = new Map<string, Document>();
	for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p)))
		parts.set(path, parseXml(await zip.file(path)!.async('string'), path));
	const slidePaths = Object.keys(zip.files)
		.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
		.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
	const slides: SlideRead[] = [];
	for (const [i, path] of slidePaths.entries()) {
		const doc = parts.get(path)!;
		const slideRels = rels(await zip.file(path.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string'), path);
		const shapes: Shape[] = all(doc, 'p:sp').map((sp) => ({
			name: first(sp, 'p:cNvPr')!.getAttribute('name')!,
			placeholder: first(sp, 'p:ph')?.getAttribute('type') ?? undefined,
			paragraphs: all(sp, 'a:p').map((p) =>
				all(p, 'a:t')
					.map((t) => t.textContent)
					.join('')
			),
			runs: readRuns(sp),
			box: box(first(sp, 'p:spPr')!)
		}));
		const notesRel = [...slideRels.values()].find((r) => r.type === 'notesSlide');
		let notes: string[] = [];
		if (notesRel) {
			const notesDoc = parts.get(notesRel.path)!;
			const body = all(notesDoc, 'p:sp').find((sp) => first(sp, 'p:ph')?.getAttribute('type') === 'body');
			notes = body
				? all(body, 'a:p').map((p) =>
						all(p, 'a:t')
							.map((t) => t.textContent)
							.join('')
					)
				: [];
			if (notes.length === 1 && notes[0] === '') notes = [];
		}
		const chartRel = [...slideRels.values()].find((r) => r.type === 'chart');
		let picture: SlideRead['picture'];
		const pic = first(doc, 'p:pic');
		if (pic) {
			const blip = first(pic, 'a:blip')!;
			const svgBlip = first(blip, 'asvg:svgBlip');
			const nv = first(pic, 'p:cNvPr')!;
			picture = {
				name: nv.getAttribute('name')!,
				alt: nv.getAttribute('descr') ?? '',
				png: await zip.file(slideRels.get(blip.getAttribute('r:embed')!)!.path)!.async('uint8array'),
				svg: svgBlip
					? await zip.file(slideRels.get(svgBlip.getAttribute('r:embed')!)!.path)!.async('string')
					: undefined,
				box: box(first(pic, 'p:spPr')!)
			};
		}
		slides.push({
			number: i + 1,
			title: shapes.find((s) => s.placeholder === 'title'),
			shapes,
			notes,
			chart: chartRel ? await readChart(zip, chartRel.path) : undefined,
			picture,
			repeatedParagraphProps: all(doc, 'a:p').filter(
				(p) => [...p.children].filter((c) => c.tagName === 'a:pPr').length > 1
			).length
		});
	}
	return {
		zip,
		slides,
		theme: parts.get('ppt/theme/theme1.xml')!,
		parts,
		contentTypes: await zip.file('[Content_Types].xml')!.async('string')
	};
}

/** The graphic frame of the chart on a slide (box in inches), read from the slide part. */
export function chartFrame(deck: DeckRead, slide: number) {
	const doc = deck.parts.get(`ppt/slides/slide${slide}.xml`)!;
	const frame = first(doc, 'p:graphicFrame');
	if (!frame) return undefined;
	const xfrm = first(frame, 'p:xfrm')!;
	return {
		name: first(frame, 'p:cNvPr')!.getAttribute('name')!,
		alt: first(frame, 'p:cNvPr')!.getAttribute('descr') ?? '',
		box: box(xfrm)
	};
}
