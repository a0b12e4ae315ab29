import { describe, expect, test } from 'vitest';
import { checkDeck, deckProblems, DeckSpecError } from '../../../../src/lib/export/pptx/validate';
import type { DeckSpec, SlideSpec } from '../../../../src/lib/export/pptx/spec';

const deck = (slides: unknown[]): DeckSpec => ({ language: 'zh', title: '文稿', slides: slides as SlideSpec[] });
const line = (values: unknown[], extra: object = {}) => ({
	type: 'line',
	categories: ['2023', '2024'],
	series: [{ name: 's', values, ...extra }]
});
const svg = (body: string) => ({
	type: 'image',
	svg: `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`,
	alt: '图',
	aspectRatio: 2
});

describe('deckProblems', () => {
	test.each<{ name: string; spec: DeckSpec; problems: [string, RegExp][] }>([
		{
			name: 'a sound deck',
			spec: deck([
				{ title: 'a', chart: line([1, null]) },
				{ title: 'b', list: ['x'] },
				{ title: 'c', chart: svg('<rect/>') }
			]),
			problems: []
		},
		{ name: 'an empty deck', spec: deck([]), problems: [] },
		{
			name: 'the deck itself',
			spec: { language: 'de', title: ' ', slides: 'none' } as unknown as DeckSpec,
			problems: [
				['language', /expected "zh" or "en", got "de"/],
				['title', /is empty/],
				['slides', /expected a list/]
			]
		},
		{
			name: 'a slide without title',
			spec: deck([{ notes: 'n' }]),
			problems: [['slides[0].title', /expected text, got undefined/]]
		},
		{
			name: 'a value that is not a number',
			spec: deck([{ title: 't', chart: line([1, '2']) }]),
			problems: [['slides[0].chart.series[0].values[1]', /got "2"/]]
		},
		{
			name: 'NaN and Infinity are not values',
			spec: deck([{ title: 't', chart: line([NaN, Infinity]) }]),
			problems: [
				['slides[0].chart.series[0].values[0]', /got null/],
				['slides[0].chart.series[0].values[1]', /got null/],
				['slides[0].chart.series', /no value to draw/]
			]
		},
		{
			name: 'a series of the wrong length',
			spec: deck([{ title: 't', chart: line([1]) }]),
			problems: [['slides[0].chart.series[0].values', /has 1 values for 2 categories/]]
		},
		{
			name: 'nothing to draw',
			spec: deck([{ title: 't', chart: line([null, null]) }]),
			problems: [['slides[0].chart.series', /every value is null/]]
		},
		{
			name: 'an unknown style',
			spec: deck([{ title: 't', chart: line([1, 2], { style: 'guessed' }) }]),
			problems: [['slides[0].chart.series[0].style', /got "guessed"/]]
		},
		{
			name: 'chart and list',
			spec: deck([{ title: 't', chart: line([1, 2]), list: ['a'] }]),
			problems: [['slides[0]', /both a chart and a list/]]
		},
		{
			name: 'five figures',
			spec: deck([{ title: 't', figures: [1, 2, 3, 4, 5].map((i) => ({ value: `${i}`, label: 'x' })) }]),
			problems: [['slides[0].figures', /at most 4/]]
		},
		{
			name: 'a figure without value',
			spec: deck([{ title: 't', figures: [{ label: 'x' }] }]),
			problems: [['slides[0].figures[0].value', /expected text/]]
		},
		{
			name: 'a character a .pptx cannot hold',
			spec: deck([{ title: 'a\u0007b', notes: 'tab\tand\nnewline are fine' }]),
			problems: [['slides[0].title', /U\+0007/]]
		},
		{
			name: 'negative values stacked to 100 %',
			spec: deck([
				{
					title: 't',
					chart: { type: 'bar', layout: 'stacked100', categories: ['a'], series: [{ name: 's', values: [-1] }] }
				}
			]),
			problems: [['slides[0].chart.series[0].values[0]', /negative/]]
		},
		{
			name: 'category colours need one series and one colour per category',
			spec: deck([
				{
					title: 't',
					chart: {
						type: 'bar',
						categories: ['优', '良'],
						series: [
							{ name: 'a', values: [1, 2] },
							{ name: 'b', values: [1, 2] }
						],
						categoryColours: [{ aqi: 1 }, { aqi: 7 }, { classScheme: 'gb9999', rank: 0 }]
					}
				}
			]),
			problems: [
				['slides[0].chart.categoryColours', /single series/],
				['slides[0].chart.categoryColours', /3 colours for 2 categories/],
				['slides[0].chart.categoryColours[1].aqi', /1–6, got 7/],
				['slides[0].chart.categoryColours[2].classScheme', /got "gb9999"/]
			]
		},
		{
			name: 'an SVG that fetches a font',
			spec: deck([{ title: 't', chart: svg('<style>@import url(https://fonts.example/x.css);</style>') }]),
			problems: [['slides[0].chart.svg', /outside the file/]]
		},
		{
			name: 'an SVG that links an image',
			spec: deck([{ title: 't', chart: svg('<image href="https://example.org/a.png"/>') }]),
			problems: [['slides[0].chart.svg', /outside the file/]]
		},
		{
			name: 'an SVG image without alt text or ratio',
			spec: deck([
				{
					title: 't',
					chart: { type: 'image', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', alt: '', aspectRatio: 0 }
				}
			]),
			problems: [
				['slides[0].chart.alt', /is empty/],
				['slides[0].chart.aspectRatio', /positive number/]
			]
		},
		{
			name: 'not an SVG',
			spec: deck([{ title: 't', chart: { type: 'image', svg: '<html></html>', alt: 'a', aspectRatio: 1 } }]),
			problems: [['slides[0].chart.svg', /standalone SVG/]]
		},
		{
			name: 'an unknown chart type',
			spec: deck([{ title: 't', chart: { type: 'pie' } }]),
			problems: [['slides[0].chart.type', /got "pie"/]]
		}
	])('$name', ({ spec, problems }) => {
		const found = deckProblems(spec);
		expect(found.map((p) => p.path)).toEqual(problems.map(([path]) => path));
		found.forEach((p, i) => expect(p.message).toMatch(problems[i]![1]));
	});
});

test('checkDeck throws one error listing every problem', () => {
	const error = (() => {
		try {
			checkDeck(deck([{ title: '' }, { title: 't', chart: line([1, 'x']) }]));
		} catch (e) {
			return e;
		}
	})();
	expect(error).toBeInstanceOf(DeckSpecError);
	expect((error as Error).message).toBe(
		'The slide spec has 2 problems:\n  slides[0].title: is empty\n  slides[1].chart.series[0].values[1]: expected a number or null, got "x"'
	);
});
