/**
 * buildPptx: a deck spec → a .pptx file (browser and Node). One slide per spec slide on a 16:9
 * page: the title as the slide's title placeholder, figures and footnote as real text boxes, line
 * and bar charts as native charts with their data, other kinds as SVG pictures with a PNG fallback,
 * the notes as the slide's speaker notes. Nothing is fetched: fonts are named, never embedded, and
 * pictures come in the spec.
 *
 * Load it with a dynamic import so no page pays for pptxgenjs up front:
 *   const { buildPptx } = await import('$lib/export/pptx');
 */
import PptxGenJS from 'pptxgenjs';
import { barChart, lineChart, type ChartPlan } from './charts';
import { INK, MUTED } from './colours';
import { finishPackage, type ImagePlan } from './finish';
import { footnoteText, layoutSlide, type Box, type SlideLayout, type TextBox } from './layout';
import { DEFAULT_WORDS, type DeckSpec, type SlideSpec } from './spec';
import { FONT, LEADING, TYPE } from './style';
import { checkDeck } from './validate';

/** The media type of a .pptx file. */
export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Draws an SVG into a PNG `width` × `height` px (the fallback PowerPoint 2013, WPS and older viewers show). */
export type Rasterise = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export interface BuildOptions {
	/**
	 * Makes the PNG fallback of image slides. Default in a browser: drawn on a canvas. Outside a
	 * browser a deck with image slides needs one (the sample script uses Chromium).
	 */
	rasterise?: Rasterise;
}

/** Fallback pictures are drawn at 192 px per inch (twice a 96 dpi screen), enough for a projector. */
const FALLBACK_DPI = 192;

/** Object names (PowerPoint's selection pane) by which tests and later edits find each shape. */
export const SHAPE = {
	title: 'Title',
	subtitle: 'Subtitle',
	figure: (i: number) => `Figure ${i + 1}`,
	chart: 'Chart',
	list: (i: number) => `List ${i + 1}`,
	footnote: 'Sources'
} as const;

/**
 * Builds the .pptx of `spec` (checked first: a DeckSpecError lists every problem; a
 * SlideLayoutError names a slide whose content does not fit).
 */
export async function buildPptx(spec: DeckSpec, options: BuildOptions = {}): Promise<Uint8Array> {
	checkDeck(spec);
	const words = { ...DEFAULT_WORDS[spec.language], ...spec.words };
	const lang = spec.language === 'zh' ? 'zh-CN' : 'en-US';
	const slides: SlideSpec[] = spec.slides.length ? spec.slides : [{ title: spec.title, subtitle: spec.subtitle }];
	const layouts = slides.map((slide, i) =>
		layoutSlide(
			slide,
			slide.sources?.length ? footnoteText(slide.sources, words.sources, words.separator) : undefined,
			`slides[${i}]`
		)
	);
	const rasterise = options.rasterise ?? (await browserRasteriser(slides));

	const text = { fontFace: FONT.latin, lang, margin: 0, color: INK } as const;
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = spec.title;
	pptx.theme = { headFontFace: FONT.latin, bodyFontFace: FONT.latin };

	// The title is a real title placeholder (outline, accessibility, the reader's own theme). A
	// placeholder's place comes from its layout, so each title box gets a layout of its own.
	const masters = new Map<string, string>();
	const masterFor = (box: TextBox) => {
		const key = [box.x, box.y, box.w, box.h, box.size].map((n) => n.toFixed(3)).join(',');
		let name = masters.get(key);
		if (!name) {
			name = `Title ${masters.size + 1}`;
			masters.set(key, name);
			// No background: pptxgenjs's solid background lacks <a:effectLst/> (a repair in PowerPoint); white is the default.
			pptx.defineSlideMaster({
				title: name,
				objects: [{ placeholder: { options: { ...titleText(box), name: 'title', type: 'title' }, text: '' } }]
			});
		}
		return name;
	};
	/** The title's text options; a placeholder takes them from its layout, so the layout carries them all. */
	const titleText = (box: TextBox) => ({
		...text,
		...inches(box),
		objectName: SHAPE.title,
		fontSize: box.size,
		bold: true,
		align: 'left' as const,
		// Bottom-anchored: where the width estimate is generous (Latin text) and a line fewer is
		// drawn, the spare space stays above the title instead of between it and what it is about.
		valign: 'bottom' as const,
		lineSpacing: box.size * LEADING
	});

	const charts = new Map<number, ChartPlan>();
	const images: ImagePlan[] = [];
	const notes = new Map<number, string>();

	for (const [i, slide] of slides.entries()) {
		const layout = layouts[i]!;
		const page = pptx.addSlide({ masterName: masterFor(layout.title) });
		page.addText(slide.title, { ...titleText(layout.title), placeholder: 'title' });
		if (layout.subtitle && slide.subtitle)
			page.addText(slide.subtitle, {
				...text,
				...inches(layout.subtitle),
				objectName: SHAPE.subtitle,
				fontSize: TYPE.subtitle,
				color: MUTED,
				valign: 'top',
				lineSpacing: TYPE.subtitle * LEADING
			});
		addFigures(page, slide, layout, text);
		if (slide.chart && layout.chart) {
			const chart = slide.chart;
			if (chart.type === 'image') {
				const box = fit(layout.chart, chart.aspectRatio);
				const svg = sizedSvg(chart.svg, box.w * 96, box.h * 96);
				const png = await rasterise!(svg, Math.round(box.w * FALLBACK_DPI), Math.round(box.h * FALLBACK_DPI));
				page.addImage({
					data: `image/png;base64,${base64(png)}`,
					...inches(box),
					altText: chart.alt,
					objectName: SHAPE.chart
				});
				images.push({ slide: i + 1, name: SHAPE.chart, svg });
			} else {
				const native =
					chart.type === 'line'
						? lineChart(chart, spec.language, slide.title)
						: barChart(chart, spec.language, slide.title);
				page.addChart(native.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar, native.data, {
					...native.options,
					...inches(layout.chart),
					objectName: SHAPE.chart
				});
				charts.set(i + 1, native.plan);
			}
		}
		layout.list?.columns.forEach((column, c) => {
			page.addText(
				column.items.map((item) => ({
					text: item,
					options: { bullet: { indent: 18 }, breakLine: true, paraSpaceAfter: layout.list!.size * 0.4 }
				})),
				{
					...text,
					...inches(column),
					objectName: SHAPE.list(c),
					fontSize: layout.list!.size,
					valign: 'top',
					lineSpacing: layout.list!.size * LEADING
				}
			);
		});
		if (layout.footnote)
			page.addText(footnoteText(slide.sources!, words.sources, words.separator), {
				...text,
				...inches(layout.footnote),
				objectName: SHAPE.footnote,
				fontSize: TYPE.footnote,
				color: MUTED,
				valign: 'bottom',
				lineSpacing: TYPE.footnote * LEADING
			});
		if (slide.notes) {
			page.addNotes(slide.notes);
			notes.set(i + 1, slide.notes);
		}
	}

	const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return finishPackage(raw, { language: spec.language, charts, images, notes });
}

/** The big figures: qualifier and value on one line, then the label, then the change. */
function addFigures(page: PptxGenJS.Slide, slide: SlideSpec, layout: SlideLayout, text: PptxGenJS.TextPropsOptions) {
	(slide.figures ?? []).forEach((figure, i) => {
		const box = layout.figures[i]!;
		const runs: PptxGenJS.TextProps[] = [];
		const gap = figure.qualifier && !/[\u2E80-\u9FFF\uFF00-\uFFEF]$/.test(figure.qualifier) ? ' ' : '';
		if (figure.qualifier)
			runs.push({ text: figure.qualifier + gap, options: { fontSize: Math.round(box.valueSize * 0.6), bold: true } });
		runs.push({ text: figure.value, options: { fontSize: box.valueSize, bold: true, breakLine: true } });
		runs.push({ text: figure.label, options: { fontSize: TYPE.figureLabel, breakLine: !!figure.change } });
		if (figure.change) runs.push({ text: figure.change, options: { fontSize: TYPE.figureChange, color: MUTED } });
		page.addText(runs, { ...text, ...inches(box), objectName: SHAPE.figure(i), valign: 'top' });
	});
}

const inches = (box: Box) => ({ x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) });
const round = (n: number) => Math.round(n * 1000) / 1000;

/** The largest box of `aspect` (w ÷ h) inside `box`, centred. */
export function fit(box: Box, aspect: number): Box {
	const w = Math.min(box.w, box.h * aspect);
	const h = w / aspect;
	return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/**
 * The SVG with its root's width and height set (CSS px at 96 per inch), so it has an intrinsic size
 * wherever it is drawn (a browser draws an SVG image without one at 300 × 150, or not at all).
 */
export function sizedSvg(svg: string, width: number, height: number): string {
	return svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
		const size = (name: string) =>
			new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)\\s*(?:px)?\\s*["']`).exec(attrs)?.[1];
		const [w, h] = [size('width'), size('height')];
		// Without a viewBox the drawing would not scale with the new size: its old size becomes the viewBox.
		const viewBox = !/\sviewBox\s*=/.test(attrs) && w && h ? ` viewBox="0 0 ${w} ${h}"` : '';
		const rest = attrs.replace(/\s(width|height)\s*=\s*("[^"]*"|'[^']*')/g, '');
		return `<svg${rest}${viewBox} width="${+width.toFixed(2)}" height="${+height.toFixed(2)}">`;
	});
}

/** The canvas rasteriser, loaded only in a browser and only for a deck with an image slide. */
async function browserRasteriser(slides: SlideSpec[]): Promise<Rasterise | undefined> {
	if (!slides.some((s) => s.chart?.type === 'image')) return undefined;
	if (typeof document === 'undefined')
		throw new Error('An image slide needs a PNG fallback: outside a browser, pass buildPptx(spec, { rasterise }).');
	const { svgToPng } = await import('../svg');
	return async (svg, width, height) => {
		const blob = await svgToPng({ svg, width, height }, 1);
		return new Uint8Array(await blob.arrayBuffer());
	};
}
