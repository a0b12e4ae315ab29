import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import SourceEntry from '../../../src/lib/sources/SourceEntry.svelte';
import { citationIndex } from '../../../src/lib/sources/citations';
import { testDataset, useLocale } from '../fixtures';

afterEach(cleanup);

const PAGES = ['/', '/water/', '/coast/', '/litter/', '/sources/'];
const entries = citationIndex(testDataset, PAGES).flatMap((g) => g.entries);
const entry = (id: string) => entries.find((e) => e.source.id === id)!;

describe('SourceEntry (the sources list)', () => {
	test('anchored at its id, with kind, reliability and note, and how to find a source without an address', () => {
		useLocale('en');
		const { container } = render(SourceEntry, { entry: entry('doc-a'), locale: 'en' });
		const article = container.querySelector('article')!;
		expect(article).toHaveAttribute('id', 'doc-a');
		expect(screen.getByRole('heading', { name: '文件甲' })).toBeInTheDocument();
		expect(article.textContent).toContain('official document');
		expect(article.textContent).toContain('high reliability');
		expect(article.textContent).toContain('Note');
		expect(screen.getByText(/The address was not recorded/)).toBeInTheDocument();
		expect(within(article).queryByRole('link', { name: /^https?:/ })).toBeNull();
	});

	test('lists what rests on it, derived values marked, and links once to each page showing it', () => {
		useLocale('en');
		const { container } = render(SourceEntry, { entry: entry('doc-a'), locale: 'en' });
		const items = [...container.querySelectorAll('.citations li')];
		const rate = items.find((li) => li.textContent?.includes('Rate') && li.textContent.includes('2024'))!;
		expect(rate.textContent?.replace(/\s+/g, ' ')).toContain('Rate 2024: 70.8%');
		// One link per page that shows them, not one per figure.
		const shown = container.querySelector('.shown-on')!;
		expect(shown.textContent?.replace(/\s+/g, ' ').trim()).toBe('Shown on: Overview, Rivers & reservoirs');
		expect([...shown.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/en/', '/en/water/']);
		const derived = items.filter((li) => li.getAttribute('data-kind') === 'derived');
		expect(derived.map((li) => li.querySelector('.derived')?.textContent)).toEqual(['derived', 'derived']);
		const problem = items.find((li) => li.getAttribute('data-kind') === 'problem')!;
		expect(problem.textContent?.replace(/\s+/g, ' ')).toContain('Problem: Problem 2024');
		expect(container.querySelector('summary')?.textContent).toBe(`What rests on it (${items.length})`);
	});

	test('a source with an address links to it (zh), and a long list starts folded', () => {
		useLocale('zh');
		const { container } = render(SourceEntry, { entry: entry('news-b'), locale: 'zh' });
		expect(screen.getByRole('link', { name: 'https://example.org/b' })).toHaveAttribute(
			'rel',
			'noopener noreferrer external'
		);
		expect(container.querySelector('.level')?.textContent).toBe('可信度中');
		const details = container.querySelector('details')!;
		const count = container.querySelectorAll('.citations li').length;
		expect(details.open).toBe(count <= 6);
		expect(container.textContent).toContain('城市日均值（由小时数据计算）');
		expect(container.textContent).toContain('2天（2023-01-01至2023-01-02）');
	});

	test('a source nothing cites says so', () => {
		useLocale('en');
		const lone = { source: { ...entry('doc-a').source, id: 'lone' }, citations: [] };
		render(SourceEntry, { entry: lone, locale: 'en' });
		expect(screen.getByText('No figure on the site cites it directly.')).toBeInTheDocument();
	});
});
