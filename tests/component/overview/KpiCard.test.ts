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
		// Two published years → a sparkline with a text alternative listing the values.
		expect(screen.getByRole('img', { name: /Trend 2023–2024\. 2023: 2\.61; 2024: 2\.34/ })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: '报道乙' })).toHaveAttribute('href', 'https://example.org/b');
	});
});
