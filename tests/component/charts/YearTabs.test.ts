import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet, tick } from 'svelte';
import YearTabs from '../../../src/lib/charts/YearTabs.svelte';

afterEach(cleanup);

const panel = createRawSnippet((year: () => number) => ({ render: () => `<p>Panel ${year()}</p>` }));

describe('YearTabs', () => {
	test('with JavaScript: a tab list, only the selected year shown; clicks and arrow keys select', async () => {
		const onselect = vi.fn();
		const { rerender } = render(YearTabs, {
			id: 't',
			years: [2022, 2023, 2024],
			selected: 2023,
			onselect,
			label: 'Calendar year',
			tabLabel: (y: number) => (y === 2024 ? '2024 (55 days only)' : String(y)),
			panel
		});
		await tick();
		const tabs = screen.getAllByRole('tab');
		expect(tabs.map((t) => t.textContent)).toEqual(['2022', '2023', '2024 (55 days only)']);
		expect(screen.getByRole('tablist', { name: 'Calendar year' })).toBeInTheDocument();
		expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
		expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
		expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel 2023');
		expect(screen.queryByText('Panel 2022')).toBeNull();

		await fireEvent.click(tabs[0]!);
		expect(onselect).toHaveBeenLastCalledWith(2022);
		await fireEvent.keyDown(tabs[1]!, { key: 'ArrowRight' });
		expect(onselect).toHaveBeenLastCalledWith(2024);
		await fireEvent.keyDown(tabs[1]!, { key: 'ArrowLeft' });
		expect(onselect).toHaveBeenLastCalledWith(2022);
		await fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' }); // wraps
		expect(onselect).toHaveBeenLastCalledWith(2024);
		await fireEvent.keyDown(tabs[1]!, { key: 'End' });
		expect(onselect).toHaveBeenLastCalledWith(2024);

		await rerender({ selected: 2024 });
		expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel 2024');
		expect(screen.getAllByRole('tab')[2]).toHaveAttribute('aria-selected', 'true');
	});
});
