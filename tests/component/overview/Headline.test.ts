import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import Headline from '../../../src/lib/overview/Headline.svelte';
import KpiCard from '../../../src/lib/overview/KpiCard.svelte';
import { kpiCard } from '../../../src/lib/overview/cards';
import { testDataset, testSources, useLocale } from '../fixtures';

afterEach(cleanup);

describe('Headline', () => {
	test('shows each figure with its unit, year and label, linked to its full card', () => {
		useLocale('zh');
		const model = kpiCard(testDataset, 'rate_pct', 2024);
		const { container } = render(Headline, { cards: [model], locale: 'zh', label: '2024年主要数字' });
		const list = screen.getByRole('list', { name: '2024年主要数字' });
		const item = list.querySelector('li')!;
		expect(item.textContent?.replace(/\s+/g, ' ').trim()).toBe('70.8% 2024 比例');
		// The full card (change, last year, trend, source) is the link's target.
		expect(item.querySelector('a')).toHaveAttribute('href', '#kpi-rate_pct');
		const card = render(KpiCard, {
			model,
			sources: model.sourceIds.map((id) => testSources[id]!),
			locale: 'zh'
		});
		expect(card.container.querySelector('article')).toHaveAttribute('id', 'kpi-rate_pct');
		expect(container.querySelectorAll('li')).toHaveLength(1);
	});
});
