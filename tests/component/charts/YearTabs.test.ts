import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import YearTabs from '../../../src/lib/charts/YearTabs.svelte';
import { followYearQuery, startYearTabs } from '../../../src/lib/enhance/yearTabs';

afterEach(cleanup);

const panel = createRawSnippet((year: () => number) => ({ render: () => `<p>Panel ${year()}</p>` }));
const props = {
	id: 't',
	years: [2022, 2023, 2024],
	selected: 2023,
	label: 'Calendar year',
	tabLabel: (y: number) => (y === 2024 ? '2024 (55 days only)' : String(y)),
	panel
};

describe('YearTabs', () => {
	test('as prerendered: every year has its panel, the selected one shown, no tabs yet', () => {
		const { container } = render(YearTabs, props);
		expect(screen.queryAllByRole('tab')).toEqual([]);
		const panels = [...container.querySelectorAll<HTMLElement>('[data-year]')];
		expect(panels.map((p) => [p.dataset.year, p.hidden, p.dataset.tabLabel])).toEqual([
			['2022', true, '2022'],
			['2023', false, '2023'],
			['2024', true, '2024 (55 days only)']
		]);
		expect(screen.getByText('Panel 2024')).toBeInTheDocument();
		// Without JavaScript a <noscript> stylesheet shows every panel: checked in the browser
		// (tests/e2e/air.test.ts, and the offline copy in tests/e2e/learn.test.ts).
	});

	test('with the page script: a named tab list over the same panels', () => {
		history.replaceState(null, '', '/');
		const { container } = render(YearTabs, props);
		startYearTabs(container);
		const tabs = screen.getAllByRole('tab');
		expect(tabs.map((t) => t.textContent)).toEqual(['2022', '2023', '2024 (55 days only)']);
		expect(screen.getByRole('tablist', { name: 'Calendar year' })).toBeInTheDocument();
		expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel 2023');
		tabs[2]!.click();
		expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel 2024');
	});

	describe('with `href`: each year is a page of its own', () => {
		const linked = { ...props, href: (y: number) => (y === 2023 ? '/air/#daily' : `/air/${y}/#daily`) };

		test('a named list of links, the shown year current, and only its panel in the page', () => {
			const { container } = render(YearTabs, linked);
			const nav = screen.getByRole('navigation', { name: 'Calendar year' });
			const links = [...nav.querySelectorAll('a')];
			expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
				['2022', '/air/2022/#daily', null],
				['2023', '/air/#daily', 'page'],
				['2024 (55 days only)', '/air/2024/#daily', null]
			]);
			expect(container.textContent).toContain('Panel 2023');
			expect(container.textContent).not.toContain('Panel 2022');
			expect(screen.queryAllByRole('tab')).toEqual([]);
		});

		test.each([
			{ search: '?year=2022', hash: '', to: 'http://localhost/air/2022/' },
			{ search: '?year=2024', hash: '#daily', to: 'http://localhost/air/2024/#daily' },
			{ search: '?year=2023', hash: '', to: null },
			{ search: '?year=abc', hash: '', to: null },
			{ search: '?year=1999', hash: '', to: null },
			{ search: '', hash: '', to: null }
		])('a shared link "$search" "$hash" opens that year’s page: $to', ({ search, hash, to }) => {
			const { container } = render(YearTabs, linked);
			const replaced: string[] = [];
			const win = {
				location: {
					search,
					hash,
					href: `http://localhost/air/${search}${hash}`,
					replace: (u: string) => replaced.push(u)
				}
			};
			expect(followYearQuery(container, win as unknown as Window)).toBe(to);
			expect(replaced).toEqual(to ? [to] : []);
		});
	});
});
