import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import SlideView from '../../../src/lib/present/SlideView.svelte';
import { buildDeck } from '../../../src/lib/present/slides';
import type { DeckConfig } from '../../../src/lib/present/config';
import { testDataset, useLocale } from '../fixtures';

afterEach(cleanup);

/** A deck over the minimal test data (tests/fixtures/data/minimal.ts). */
const config: DeckConfig = {
	year: 2024,
	source: 'doc-a',
	slides: [
		{ id: 'title', kind: 'title' },
		{
			id: 'glance',
			kind: 'glance',
			items: [
				{ kind: 'metric', metric: 'rate_pct' },
				{ kind: 'metric', metric: 'index' },
				{ kind: 'classes', id: 'reservoirs', label: 'reservoirs_title', sites: ['res-a'] }
			]
		},
		{
			id: 'air',
			kind: 'domain',
			domain: 'air',
			headline: { kind: 'metric', metric: 'rate_pct' },
			facts: [],
			chart: null
		},
		{
			id: 'litter',
			kind: 'domain',
			domain: 'litter',
			headline: { kind: 'metric', metric: 'index' },
			facts: [{ kind: 'metric', metric: 'rate_pct' }],
			chart: null
		},
		{ id: 'problems', kind: 'problems' },
		{ id: 'sources', kind: 'sources' }
	]
};
const deck = buildDeck(testDataset, config);
const show = (id: string, locale: 'zh' | 'en') => {
	useLocale(locale);
	const index = deck.slides.findIndex((s) => s.id === id);
	return render(SlideView, { slide: deck.slides[index]!, index, count: deck.slides.length, locale });
};

describe('SlideView', () => {
	test('a slide is announced as a slide with its position and title', () => {
		show('glance', 'en');
		const slide = screen.getByRole('article');
		expect(slide).toHaveAttribute('aria-roledescription', 'slide');
		expect(slide).toHaveAttribute('aria-label', 'Slide 2 of 6: 2024 at a glance');
		expect(screen.getByRole('heading', { level: 2, name: '2024 at a glance' })).toBeInTheDocument();
		expect(within(slide).getByText('2 / 6')).toBeInTheDocument();
	});

	test('glance tiles show value, change with its own unit and direction; the footnote names the source (zh)', () => {
		const { container } = show('glance', 'zh');
		const rate = container.querySelector('[data-item="rate_pct"]')!;
		expect(rate.querySelector('.number')!.textContent).toBe('70.8%');
		expect(rate.querySelector('.change')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('+10.5个百分点 (改善)');
		expect(container.querySelector('.foot [data-footnote]')!.textContent).toBe('来源：甲');
		const index = container.querySelector('[data-item="index"]')!;
		expect(index.querySelector('.change')!.textContent).toContain('\u221210.3%');
		const classes = container.querySelector('[data-item="reservoirs"]')!;
		expect(classes.querySelector('.number')!.textContent).toBe('II类');
		expect(classes.textContent).toContain('甲水库');
	});

	test('a domain headline shows last year’s derived value labelled as derived (en)', () => {
		const { container } = show('air', 'en');
		const previous = container.querySelector('.previous')!;
		expect(previous.textContent!.replace(/\s+/g, ' ').trim()).toBe('2023: 60.3% derived');
		expect(screen.getByText('derived')).toHaveAttribute('title', expect.stringContaining('not a published figure'));
	});

	test('the problems slide is a table: domain, the problem, the work named on it', () => {
		show('problems', 'en');
		const table = screen.getByRole('table');
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((c) => c.textContent)
		).toEqual(['Problem', 'Work on it']);
		const row = within(table).getByRole('row', { name: /Air quality/ });
		expect(within(row).getByRole('rowheader').textContent).toBe('Air quality');
		expect(
			within(row)
				.getAllByRole('cell')
				.map((c) => c.textContent!.trim())
		).toEqual(['Problem', 'Work']);
	});

	test('a headline cites the source of last year’s published value too', () => {
		const { container } = show('litter', 'en');
		const headline = container.querySelector('.headline [data-item="index"]')!;
		expect(headline.querySelector('.previous')!.textContent!.trim()).toBe('2023: 2.61');
		expect(container.querySelector('.foot [data-footnote]')!.textContent).toBe('Sources: Doc A; News B');
	});

	test('the sources slide lists every cited source from the registry', () => {
		const { container } = show('sources', 'zh');
		expect([...container.querySelectorAll('[data-source-id]')].map((e) => e.getAttribute('data-source-id'))).toEqual([
			'doc-a',
			'news-b'
		]);
		expect(screen.getByText('文件甲')).toBeInTheDocument();
	});
});
