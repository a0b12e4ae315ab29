import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import { useLocale } from '../../../fixtures';
import { shareModel } from '../../../domainFixtures';

afterEach(cleanup);

const renderShares = (specs: Parameters<typeof shareModel>[0], locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model: shareModel(specs), locale });
};

describe('ShareBarChart (through Chart)', () => {
	test('empty: no bars, a summary saying so', () => {
		const { container } = renderShares([]);
		expect(container.querySelectorAll('.bar')).toHaveLength(0);
		expect(container.querySelector('.summary')?.textContent).toBe('No share was published.');
	});

	test('single approximate share: "about", a dashed end, and a note', () => {
		renderShares([{ metric: 'from_river_pct_approx', year: 2023 }]);
		const bar = screen.getByRole('img', { name: '2023: Share from the river (approx.): about 80%' });
		expect(bar.querySelector('.value')?.textContent).toBe('about 80%');
		expect(bar.querySelector('.approx-edge')).not.toBeNull();
		expect(screen.getByText(/ending in a dashed line is approximate/)).toBeInTheDocument();
		expect(screen.queryByText(/cannot be added or stacked/)).toBeNull();
	});

	test('two shares of different things: separate bars, each with its own year, never stacked (zh)', async () => {
		const { container } = renderShares(
			[
				{ metric: 'from_river_pct_approx', year: 2023 },
				{ metric: 'stems_pct', year: 2018 }
			],
			'zh'
		);
		enhance(container);
		expect(container.querySelectorAll('.bar')).toHaveLength(2);
		expect(container.querySelector('.summary')?.textContent).toBe(
			'Share from the river (approx.)：约80%（2023年）。Share of plant stems：95%（2018年）。'
		);
		expect(screen.getByText('几个比例衡量的不是同一件事，不能相加或叠在一起。')).toBeInTheDocument();
		const stems = container.querySelector('.bar[data-metric="stems_pct"]')!;
		expect(stems.querySelector('.approx-edge')).toBeNull();
		await fireEvent.focusIn(stems);
		expect(tooltip()?.join('\n')).toContain('95%');
		await fireEvent.keyDown(stems, { key: 'Escape' });
		expect(tooltip()).toBeNull();
	});
});
