/**
 * A standalone SVG of a chart as it is on screen (browser only). Every graphic in the frame's chart
 * body (the LayerCake SVG layers, and canvas layers as images) is copied with the computed styles
 * that matter written onto each element as presentation attributes — so the file needs no stylesheet,
 * no CSS variables and no external reference — and framed with the title, source, date and site lines
 * as real text. Opens in browsers and in presentation software (Keynote, PowerPoint, LibreOffice).
 */
import { svgPaint } from './colour';
import { layoutExport, type ExportMode, type ExportTexts } from './layout';
import { wrapText } from './text';

const NS = 'http://www.w3.org/2000/svg';

/** The font stack written into exported files: system CJK fonts first, never a web font. */
export const EXPORT_FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Computed properties copied onto each element (the ones charts set in CSS), with their initial values. */
const PAINT = ['fill', 'stroke'] as const;
const COPY: Record<string, string> = {
	'stroke-width': '1px',
	'stroke-dasharray': 'none',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	opacity: '1',
	'fill-opacity': '1',
	'stroke-opacity': '1',
	'shape-rendering': 'auto'
};
const TEXT_COPY: Record<string, string> = {
	'font-size': '',
	'font-weight': '',
	'font-style': 'normal',
	'text-anchor': 'start',
	'dominant-baseline': 'auto'
};
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
const SHAPE_TAGS = new Set([
	'path',
	'line',
	'polyline',
	'polygon',
	'rect',
	'circle',
	'ellipse',
	'text',
	'tspan',
	'use'
]);

/** Copies the computed styles of `source` (and its descendants) onto `target`, a deep clone of it. */
function inlineStyles(source: Element, target: Element): void {
	const style = getComputedStyle(source);
	const tag = source.tagName;
	for (const attr of ['class', 'style', 'tabindex', 'role', 'aria-label', 'aria-hidden', 'focusable'])
		target.removeAttribute(attr);
	for (const attr of [...target.attributes]) if (attr.name.startsWith('data-')) target.removeAttribute(attr.name);
	if (SHAPE_TAGS.has(tag) || tag === 'g' || tag === 'svg') {
		for (const prop of PAINT) {
			const { paint, opacity } = svgPaint(style.getPropertyValue(prop));
			target.setAttribute(prop, paint);
			if (opacity < 1) {
				const own = Number(style.getPropertyValue(`${prop}-opacity`)) || 1;
				target.setAttribute(`${prop}-opacity`, String(+(opacity * own).toFixed(3)));
			}
		}
		const copy = TEXT_TAGS.has(tag) ? { ...COPY, ...TEXT_COPY } : COPY;
		for (const [prop, initial] of Object.entries(copy)) {
			const value = style.getPropertyValue(prop);
			if (!value || value === initial || (prop.endsWith('opacity') && target.hasAttribute(prop))) continue;
			target.setAttribute(prop, value);
		}
	}
	if (TEXT_TAGS.has(tag)) target.setAttribute('font-family', EXPORT_FONT);
	// Svelte's hydration markers are comments: not part of the picture.
	for (const node of [...target.childNodes]) if (node.nodeType === Node.COMMENT_NODE) node.remove();
	const sourceChildren = [...source.children];
	const targetChildren = [...target.children];
	sourceChildren.forEach((child, i) => {
		const copy = targetChildren[i]!;
		if (getComputedStyle(child).display === 'none') copy.remove();
		else inlineStyles(child, copy);
	});
	// A text with a halo (`paint-order: stroke`: the outline behind value labels) becomes two texts,
	// outline first: software that ignores paint-order would paint the outline over the letters.
	if (tag === 'text' && style.paintOrder.startsWith('stroke') && target.getAttribute('stroke') !== 'none') {
		const halo = target.cloneNode(true) as Element;
		halo.setAttribute('fill', 'none');
		halo.setAttribute('stroke-linejoin', 'round');
		target.setAttribute('stroke', 'none');
		// Its <tspan>s (a district's name and value) carry the paint they inherited: the same split.
		for (const span of halo.querySelectorAll('tspan')) span.setAttribute('fill', 'none');
		for (const span of target.querySelectorAll('tspan')) span.setAttribute('stroke', 'none');
		target.before(halo);
	}
}

function measurer(): (text: string, size: number, weight: 400 | 700) => number {
	const ctx = document.createElement('canvas').getContext('2d');
	return (text, size, weight) => {
		if (!ctx) return text.length * size * 0.6;
		ctx.font = `${weight} ${size}px ${EXPORT_FONT}`;
		return ctx.measureText(text).width;
	};
}

function element(name: string, attrs: Record<string, string | number>): SVGElement {
	const el = document.createElementNS(NS, name);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
	return el;
}

/** Colours of the frame, for the background and the text in the export. */
function frameColours(figure: Element) {
	const style = getComputedStyle(figure);
	const background = svgPaint(style.backgroundColor);
	const ink = svgPaint(style.color);
	const muted = svgPaint(style.getPropertyValue('--ink-muted') || style.color);
	return {
		background: background.paint === 'none' ? '#ffffff' : background.paint,
		ink: ink.paint,
		muted: muted.paint
	};
}

export interface StandaloneSvg {
	svg: string;
	width: number;
	height: number;
}

/**
 * Builds the standalone SVG for a chart frame (`figure` is ChartFrame's <figure>), laid out for
 * `mode`. `texts` carries the title block and the footer lines (already in the page's language);
 * `description` goes into <desc> (the chart's summary sentence).
 */
export function standaloneSvg(figure: Element, mode: ExportMode, texts: ExportTexts, description = ''): StandaloneSvg {
	const body = figure.querySelector('.chart-body') ?? figure;
	const bodyBox = body.getBoundingClientRect();
	const layers = [...body.querySelectorAll('svg, canvas')].filter((el) => {
		if (el.parentElement?.closest('svg')) return false;
		const box = el.getBoundingClientRect();
		return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
	});
	const chartSize = { width: Math.max(1, bodyBox.width), height: Math.max(1, bodyBox.height) };
	const layout = layoutExport(mode, chartSize, texts, measurer(), wrapText);
	const colours = frameColours(figure);

	const root = element('svg', {
		width: layout.width,
		height: layout.height,
		viewBox: `0 0 ${layout.width} ${layout.height}`,
		'font-family': EXPORT_FONT
	});
	const title = element('title', {});
	title.textContent = texts.title;
	root.append(title);
	if (description) {
		const desc = element('desc', {});
		desc.textContent = description;
		root.append(desc);
	}
	root.append(element('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: colours.background }));

	const chart = element('g', {
		class: 'chart',
		transform: `translate(${+layout.chart.x.toFixed(2)},${+layout.chart.y.toFixed(2)}) scale(${+layout.chart.scale.toFixed(4)})`
	});
	for (const layer of layers) {
		const box = layer.getBoundingClientRect();
		const x = box.left - bodyBox.left;
		const y = box.top - bodyBox.top;
		if (layer instanceof HTMLCanvasElement) {
			chart.append(
				element('image', { x, y, width: box.width, height: box.height, href: layer.toDataURL('image/png') })
			);
			continue;
		}
		const svg = layer as SVGSVGElement;
		const clone = svg.cloneNode(true) as SVGSVGElement;
		inlineStyles(svg, clone);
		// The layer's viewBox mapped onto its box (uniform, centred: SVG's default xMidYMid meet).
		const vb = svg.viewBox?.baseVal;
		const hasViewBox = vb && vb.width > 0 && vb.height > 0;
		const scale = hasViewBox ? Math.min(box.width / vb.width, box.height / vb.height) : 1;
		const dx = hasViewBox ? x + (box.width - vb.width * scale) / 2 - vb.x * scale : x;
		const dy = hasViewBox ? y + (box.height - vb.height * scale) / 2 - vb.y * scale : y;
		const group = element('g', {
			transform: `translate(${+dx.toFixed(2)},${+dy.toFixed(2)}) scale(${+scale.toFixed(4)})`
		});
		for (const attr of ['fill', 'stroke']) {
			const value = clone.getAttribute(attr);
			if (value) group.setAttribute(attr, value);
		}
		group.append(...clone.childNodes);
		chart.append(group);
	}
	root.append(chart);

	const words = element('g', { class: 'text' });
	for (const line of layout.lines) {
		const text = element('text', {
			x: +line.x.toFixed(2),
			y: +line.y.toFixed(2),
			'font-size': line.size,
			'font-weight': line.weight,
			'font-family': EXPORT_FONT,
			fill: line.muted ? colours.muted : colours.ink
		});
		text.textContent = line.text;
		words.append(text);
	}
	root.append(words);

	const svg = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
	return { svg, width: layout.width, height: layout.height };
}

/** Draws an SVG document into a PNG at `scale` (2 for a sharp image of the on-screen size). */
export async function svgToPng(svg: StandaloneSvg, scale = 1): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg.svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The SVG could not be drawn'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(svg.width * scale);
		canvas.height = Math.round(svg.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('No 2D canvas');
		ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
