import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import { useLocale } from '../../../fixtures';
import { buildChart } from '../../../../../src/lib/charts/registry';
import { dataset } from '../../../../../src/lib/server/dataset';

afterEach(cleanup);

const show = (locale: 'zh' | 'en') => {
	useLocale(locale);
	return render(Chart, { model: buildChart('water-aitoutan-readings', dataset), locale });
};

describe('class-strip kind (the class of every 隘头潭 reading)', () => {
	test('one path per class in the GB 3838 colours, one focusable row per month, the table per month', () => {
		const { container } = show('en');
		const paths = [...container.querySelectorAll('svg path[fill="none"]')];
		expect(paths.map((p) => p.getAttribute('stroke'))).toEqual([
			'#1f5f9e',
			'#7db7e8',
			'#5fb87f',
			'#f2d04a',
			'#f29a4a',
			'#b8322a'
		]);
		// Integer units only: the drawing stays small.
		for (const p of paths) expect(p.getAttribute('d')).toMatch(/^(M\d+ \d+h\d+)+$/);
		const rows = [...container.querySelectorAll('svg .cell')];
		expect(rows).toHaveLength(31);
		expect(rows.map((r) => r.getAttribute('data-row')).slice(0, 2)).toEqual(['Jun 2021', 'Jul 2021']);
		const table = [...container.querySelectorAll('table tbody tr')].map((tr) =>
			[...tr.children].map((c) => c.textContent)
		);
		expect(table).toHaveLength(31);
		// A month without any reading: every slot a gap, no class counted.
		expect(table.find((r) => r[0] === 'Aug 2022')).toEqual([
			'Aug 2022',
			'flood season (Apr–Sep)',
			'0',
			'186',
			'0',
			'0',
			'0',
			'0',
			'0',
			'0',
			'0'
		]);
		expect(container.querySelector('.summary')!.textContent).toMatch(
			/^307 of 2,448 classified readings \(12\.5%\) were worse than class III, 57 of them worse than class V\. The readings fill 2,448 of the 5,664 four-hourly slots/
		);
		// The finding title is the first sentence.
		expect(container.querySelector('.chart-title')!.textContent).toBe(
			'307 of 2,448 classified readings (12.5%) were worse than class III, 57 of them worse than class V.'
		);
	});

	test('zh: a month’s row shows its table row as its tooltip on focus', async () => {
		const { container } = show('zh');
		enhance(container);
		const june = container.querySelector('svg .cell[data-row="2022年6月"]')!;
		await fireEvent.focusIn(june);
		expect(tooltip()?.[0]).toBe('2022年6月');
		expect(tooltip()?.join('\n')).toMatch(/\n读数[:：] ?105\n/);
	});
});
