/**
 * Checks a deck spec before anything is written (pure). Every problem is found at once and named by
 * its path in the spec (`slides[2].chart.series[0].values[3]`) with the value found, so a caller's
 * mistake never becomes a file that PowerPoint has to repair.
 */
import type { ChartSpec, ColourRef, DeckSpec, FigureSpec, SlideSpec } from './spec';

export interface SpecProblem {
	/** Where in the spec: `slides[1].figures[0].value`. */
	path: string;
	message: string;
}

export class DeckSpecError extends Error {
	constructor(readonly problems: SpecProblem[]) {
		super(
			`The slide spec has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')
		);
		this.name = 'DeckSpecError';
	}
}

/** At most this many big figures on one slide. */
export const MAX_FIGURES = 4;

/** Characters XML 1.0 cannot hold (C0 controls other than tab, line feed, carriage return; lone surrogates; U+FFFE/F). */
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** An SVG that would make a viewer fetch something: a URL in href/src/url(), or a CSS @import. */
const EXTERNAL = /(?:href|src)\s*=\s*["']\s*(?:https?:|\/\/)|url\(\s*["']?\s*(?:https?:|\/\/)|@import/i;

const show = (value: unknown): string => {
	const text = JSON.stringify(value);
	if (text === undefined) return String(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Throws a DeckSpecError listing every problem of `spec`; returns it unchanged when there is none. */
export function checkDeck(spec: DeckSpec): DeckSpec {
	const problems = deckProblems(spec);
	if (problems.length) throw new DeckSpecError(problems);
	return spec;
}

/** Every problem of `spec` (empty when it is sound). */
export function deckProblems(spec: DeckSpec): SpecProblem[] {
	const problems: SpecProblem[] = [];
	const fail = (path: string, message: string) => problems.push({ path, message });
	const text = (path: string, value: unknown, required: boolean) => {
		if (value === undefined && !required) return;
		if (typeof value !== 'string') return fail(path, `expected text, got ${show(value)}`);
		if (required && !value.trim()) return fail(path, 'is empty');
		const bad = NOT_XML.exec(value);
		if (bad)
			fail(
				path,
				`holds a character a .pptx cannot store (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) in ${show(value)}`
			);
	};
	const list = (path: string, value: unknown, required: boolean): unknown[] => {
		if (value === undefined && !required) return [];
		if (!Array.isArray(value)) {
			fail(path, `expected a list, got ${show(value)}`);
			return [];
		}
		return value;
	};

	if (!spec || typeof spec !== 'object') {
		fail('deck', `expected an object, got ${show(spec)}`);
		return problems;
	}
	if (spec.language !== 'zh' && spec.language !== 'en')
		fail('language', `expected "zh" or "en", got ${show(spec.language)}`);
	text('title', spec.title, true);
	text('subtitle', spec.subtitle, false);
	if (spec.words !== undefined) {
		text('words.sources', spec.words.sources, false);
		text('words.separator', spec.words.separator, false);
	}
	list('slides', spec.slides, true).forEach((slide, i) => slideProblems(`slides[${i}]`, slide as SlideSpec));
	return problems;

	function slideProblems(at: string, slide: SlideSpec) {
		if (!slide || typeof slide !== 'object') return fail(at, `expected an object, got ${show(slide)}`);
		text(`${at}.title`, slide.title, true);
		text(`${at}.subtitle`, slide.subtitle, false);
		text(`${at}.notes`, slide.notes, false);
		const figures = list(`${at}.figures`, slide.figures, false);
		if (figures.length > MAX_FIGURES)
			fail(`${at}.figures`, `at most ${MAX_FIGURES} figures fit on a slide, got ${figures.length}`);
		figures.forEach((f, j) => {
			const figure = f as FigureSpec;
			const p = `${at}.figures[${j}]`;
			if (!figure || typeof figure !== 'object') return fail(p, `expected an object, got ${show(figure)}`);
			text(`${p}.value`, figure.value, true);
			text(`${p}.label`, figure.label, true);
			text(`${p}.change`, figure.change, false);
			text(`${p}.qualifier`, figure.qualifier, false);
		});
		list(`${at}.list`, slide.list, false).forEach((item, j) => text(`${at}.list[${j}]`, item, true));
		list(`${at}.sources`, slide.sources, false).forEach((item, j) => text(`${at}.sources[${j}]`, item, true));
		if (slide.chart !== undefined && slide.list !== undefined)
			fail(at, 'has both a chart and a list; a slide shows one of them');
		if (slide.chart !== undefined) chartProblems(`${at}.chart`, slide.chart);
	}

	function chartProblems(at: string, chart: ChartSpec) {
		if (!chart || typeof chart !== 'object') return fail(at, `expected an object, got ${show(chart)}`);
		if (chart.type === 'image') {
			text(`${at}.alt`, chart.alt, true);
			if (typeof chart.aspectRatio !== 'number' || !Number.isFinite(chart.aspectRatio) || chart.aspectRatio <= 0)
				fail(`${at}.aspectRatio`, `expected a positive number (width ÷ height), got ${show(chart.aspectRatio)}`);
			if (typeof chart.svg !== 'string') return fail(`${at}.svg`, `expected SVG text, got ${show(chart.svg)}`);
			const svg = chart.svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?/, '');
			if (!/^<svg[\s>]/.test(svg) || !svg.includes('http://www.w3.org/2000/svg'))
				fail(
					`${at}.svg`,
					`expected a standalone SVG document (<svg xmlns="http://www.w3.org/2000/svg" …>), got ${show(chart.svg)}`
				);
			const external = EXTERNAL.exec(chart.svg);
			if (external)
				fail(
					`${at}.svg`,
					`refers to something outside the file (${show(external[0])}); a slide must be complete in itself`
				);
			const bad = NOT_XML.exec(chart.svg);
			if (bad)
				fail(
					`${at}.svg`,
					`holds a character a .pptx cannot store (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`
				);
			return;
		}
		if (chart.type !== 'line' && chart.type !== 'bar')
			return fail(`${at}.type`, `expected "line", "bar" or "image", got ${show((chart as { type: unknown }).type)}`);
		text(`${at}.unit`, chart.unit, false);
		text(`${at}.alt`, chart.alt, false);
		const categories = list(`${at}.categories`, chart.categories, true);
		if (Array.isArray(chart.categories) && categories.length === 0) fail(`${at}.categories`, 'is empty');
		categories.forEach((c, j) => text(`${at}.categories[${j}]`, c, true));
		const series = list(`${at}.series`, chart.series, true);
		if (Array.isArray(chart.series) && series.length === 0) fail(`${at}.series`, 'is empty');
		let drawn = 0;
		series.forEach((s, k) => {
			const p = `${at}.series[${k}]`;
			const one = s as { name: unknown; values: unknown; style?: unknown; colour?: unknown };
			if (!one || typeof one !== 'object') return fail(p, `expected an object, got ${show(one)}`);
			text(`${p}.name`, one.name, true);
			const values = list(`${p}.values`, one.values, true);
			if (Array.isArray(one.values) && values.length !== categories.length)
				fail(`${p}.values`, `has ${values.length} values for ${categories.length} categories`);
			values.forEach((v, j) => {
				if (v === null) return;
				if (typeof v !== 'number' || !Number.isFinite(v))
					return fail(`${p}.values[${j}]`, `expected a number or null, got ${show(v)}`);
				if (chart.type === 'bar' && chart.layout === 'stacked100' && v < 0)
					fail(`${p}.values[${j}]`, `a bar stacked to 100 % cannot hold a negative value, got ${v}`);
				drawn++;
			});
			if (
				chart.type === 'line' &&
				one.style !== undefined &&
				!['published', 'computed', 'derived'].includes(one.style as string)
			)
				fail(`${p}.style`, `expected "published", "computed" or "derived", got ${show(one.style)}`);
			if (one.colour !== undefined) colourProblems(`${p}.colour`, one.colour);
		});
		if (series.length && categories.length && drawn === 0)
			fail(`${at}.series`, 'has no value to draw (every value is null)');
		if (chart.type === 'bar') {
			if (chart.layout !== undefined && chart.layout !== 'grouped' && chart.layout !== 'stacked100')
				fail(`${at}.layout`, `expected "grouped" or "stacked100", got ${show(chart.layout)}`);
			if (chart.direction !== undefined && chart.direction !== 'vertical' && chart.direction !== 'horizontal')
				fail(`${at}.direction`, `expected "vertical" or "horizontal", got ${show(chart.direction)}`);
			if (chart.categoryColours !== undefined) {
				const colours = list(`${at}.categoryColours`, chart.categoryColours, false);
				if (series.length > 1)
					fail(`${at}.categoryColours`, `colours bars by category, which needs a single series (got ${series.length})`);
				if (colours.length !== categories.length)
					fail(`${at}.categoryColours`, `has ${colours.length} colours for ${categories.length} categories`);
				colours.forEach((c, j) => c !== null && colourProblems(`${at}.categoryColours[${j}]`, c));
			}
		}
	}

	function colourProblems(at: string, colour: unknown) {
		const c = colour as Partial<{ aqi: unknown; classScheme: unknown; rank: unknown }>;
		if (c && typeof c === 'object' && 'aqi' in c) {
			if (![1, 2, 3, 4, 5, 6].includes(c.aqi as number))
				fail(`${at}.aqi`, `expected an AQI level 1–6, got ${show(c.aqi)}`);
			return;
		}
		if (c && typeof c === 'object' && 'classScheme' in c) {
			if (!['gb3838', 'gb3097', 'ocean_bureau', 'trophic_state'].includes(c.classScheme as string))
				fail(`${at}.classScheme`, `expected gb3838, gb3097, ocean_bureau or trophic_state, got ${show(c.classScheme)}`);
			if (!Number.isInteger(c.rank) || (c.rank as number) < 0 || (c.rank as number) > 5)
				fail(`${at}.rank`, `expected a class rank 0–5 (0 the best class), got ${show(c.rank)}`);
			return;
		}
		fail(at, `expected { aqi } or { classScheme, rank }, got ${show(colour as ColourRef)}`);
	}
}
