import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import KpiCard from '../../../src/lib/overview/KpiCard.svelte';
import { kpiCard } from '../../../src/lib/overview/cards';
import { testDataset, testSources, useLocale } from '../fixtures';

afterEach(cleanup);

describe('KpiCard', () => {
	test('shows value, change with sign and unit, the derived previous value labelled, and the source (zh)', () => {
		useLocale('zh');
		const model = kpiCard(testDataset, 'rate_pct', 2024);
		const { container } = render(KpiCard, {
			model,
			sources: model.sourceIds.map((id) => testSources[id]!),
			locale: 'zh'
		});
		expect(screen.getByRole('heading', { name: '比例' })).toBeInTheDocument();
		expect(container.querySelector('.number')?.textContent).toBe('70.8%');
		expect(container.querySelector('.change')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'比上年 +10.5个百分点 (改善)'
		);
		expect(container.querySelector('.change')).toHaveClass('better');
		const previous = container.querySelector('.previous')!;
		expect(previous.textContent?.replace(/\s+/g, ' ')).toContain('2023年：60.3%');
		expect(screen.getByText('推算')).toHaveAttribute('title', '由本年数值和公布的变化推算，非公布值');
		expect(screen.getByText('文件甲')).toBeInTheDocument();
		// The card's citation is compact (a row of cards would repeat one document's name); it opens the list.
		const line = container.querySelector('details.source-line')!;
		expect(line.querySelector('summary')?.textContent?.trim()).toMatch(/^来源(（\d项）)?$/);
		expect(line.querySelector('.source-list')?.textContent).toContain('文件甲');
	});

	test('a lower-is-better metric that fell is shown as better, with a true minus sign (en)', () => {
		useLocale('en');
		const model = kpiCard(testDataset, 'index', 2024);
		const { container } = render(KpiCard, {
			model,
			sources: model.sourceIds.map((id) => testSources[id]!),
			locale: 'en'
		});
		expect(container.querySelector('.change-value')?.textContent).toBe('\u221210.3%');
		expect(container.querySelector('.change')).toHaveClass('better');
		expect(screen.getByText('(better)')).toBeInTheDocument();
		// The previous value is published, so no "derived" label.
		expect(container.querySelector('.previous')?.textContent?.replace(/\s+/g, ' ')).toContain('2023: 2.61');
		expect(screen.queryByText('derived')).toBeNull();
		// Two published years are no trend: no sparkline, no lone dots.
		expect(container.querySelector('.sparkline')).toBeNull();
		expect(screen.queryByRole('img')).toBeNull();
		expect(screen.getByRole('link', { name: '报道乙' })).toHaveAttribute('href', 'https://example.org/b');
	});

	test.each([
		{
			values: [
				[2021, 3.0],
				[2022, null],
				[2023, 2.61],
				[2024, 2.34]
			],
			segments: 2,
			dots: 3,
			caption: 'Gaps: 2022'
		},
		{
			values: [
				[2020, 3.2],
				[2021, 3.0],
				[2022, null],
				[2023, 2.61],
				[2024, 2.34]
			],
			segments: 2,
			dots: 4,
			caption: 'Gaps: 2022'
		},
		{
			values: [
				[2022, 2.8],
				[2023, 2.61],
				[2024, 2.34]
			],
			segments: 1,
			dots: 3,
			caption: null
		}
	] as const)(
		'three or more published years: a sparkline, the gap a break ($values)',
		({ values, segments, dots, caption }) => {
			useLocale('en');
			const base = kpiCard(testDataset, 'index', 2024);
			const model = {
				...base,
				trend: values.map(([year, value]) => ({ year, value, decimals: 2, sourceId: value === null ? null : 'doc-a' }))
			};
			const { container } = render(KpiCard, { model, sources: [], locale: 'en' });
			const d = container.querySelector('.sparkline path')!.getAttribute('d')!;
			expect(d.match(/M/g)?.length ?? 0).toBe(segments);
			expect(container.querySelectorAll('.sparkline circle')).toHaveLength(dots);
			const text = container.querySelector('.trend-caption')!.textContent!;
			if (caption) expect(text).toContain(caption);
			else expect(text).not.toContain('Gaps');
		}
	);
});

describe('KpiCard with the document’s qualifiers (real data)', () => {
	test('the composite index card shows “best on record” with its quote one click away; a card without one shows none', async () => {
		const { buildDataset } = await import('../../../src/lib/pipeline/build');
		const { directoryReader } = await import('../../../src/lib/pipeline/run');
		const { dataset } = buildDataset(directoryReader('data'));
		useLocale('en');
		const model = kpiCard(dataset, 'composite_index', 2024);
		const sources = model.sourceIds.map((id) => dataset.sources.find((s) => s.id === id)!);
		const { container } = render(KpiCard, { model, sources, locale: 'en' });
		const item = container.querySelector('[data-qualifier="composite-index-best-on-record"]')!;
		expect(item.querySelector('.badge')?.textContent).toBe('best on record');
		expect(item.querySelector('details')?.textContent).toContain(model.qualifiers[0]!.quote);
		cleanup();
		const plain = kpiCard(dataset, 'coastal_excellent_point_pct', 2024);
		const other = render(KpiCard, {
			model: plain,
			sources: plain.sourceIds.map((id) => dataset.sources.find((s) => s.id === id)!),
			locale: 'en'
		});
		expect(other.container.querySelectorAll('[data-qualifier]')).toHaveLength(0);
	});
});
