/**
 * Year tabs on a page that is not hydrated (src/lib/charts/YearTabs.svelte prerenders the panels, the
 * selected one shown and the others `hidden`). This builds each tab list from its panels (WAI-ARIA
 * tabs: one tab stop, ←/→ move and wrap, Home/End, selection follows focus) and keeps the page's year
 * in the URL: every tab list on the page shows the same year where it has it (its default otherwise),
 * a choice adds a history entry (`?year=2024`), and Back/Forward restore the year. Any `?year=` that
 * is not on offer falls back to the default (./yearSelection.ts), without an error.
 */
import { yearFromQuery, yearOrDefault } from './yearSelection';

interface Group {
	years: number[];
	fallback: number;
	tabs: HTMLButtonElement[];
	panels: HTMLElement[];
}

/** Builds one tab list before its panels. Returns null when the markup is not what YearTabs writes. */
function build(root: HTMLElement, select: (year: number, focus?: boolean) => void): Group | null {
	const panels = [...root.querySelectorAll<HTMLElement>(':scope > [data-year]')];
	const years = panels.map((p) => Number(p.dataset.year));
	const fallback = Number(root.dataset.default);
	if (panels.length === 0 || years.some((y) => !Number.isInteger(y)) || !years.includes(fallback)) return null;
	const doc = root.ownerDocument;
	const list = doc.createElement('div');
	list.className = 'tabs';
	list.setAttribute('role', 'tablist');
	list.setAttribute('aria-label', root.dataset.label ?? '');
	const tabs = panels.map((panel, i) => {
		const tab = doc.createElement('button');
		tab.type = 'button';
		tab.setAttribute('role', 'tab');
		tab.id = `${root.id}-tab-${years[i]}`;
		tab.setAttribute('aria-controls', panel.id);
		tab.textContent = panel.dataset.tabLabel ?? String(years[i]);
		panel.setAttribute('role', 'tabpanel');
		panel.setAttribute('aria-labelledby', tab.id);
		tab.addEventListener('click', () => select(years[i]!));
		tab.addEventListener('keydown', (event) => {
			const last = years.length - 1;
			const next =
				event.key === 'ArrowRight'
					? (i + 1) % years.length
					: event.key === 'ArrowLeft'
						? (i - 1 + years.length) % years.length
						: event.key === 'Home'
							? 0
							: event.key === 'End'
								? last
								: null;
			if (next === null) return;
			event.preventDefault();
			select(years[next]!, true);
		});
		list.append(tab);
		return tab;
	});
	root.prepend(list);
	return { years, fallback, tabs, panels };
}

/** Shows `year` in one group (its default where it does not have that year). */
function show(group: Group, year: number, focus: boolean) {
	const chosen = yearOrDefault(year, group.years, group.fallback);
	group.years.forEach((y, i) => {
		const on = y === chosen;
		const tab = group.tabs[i]!;
		tab.setAttribute('aria-selected', String(on));
		tab.tabIndex = on ? 0 : -1;
		group.panels[i]!.hidden = !on;
		if (on && focus && group.tabs.includes(tab.ownerDocument.activeElement as HTMLButtonElement)) tab.focus();
	});
}

/** Starts every year-tab list inside `root`; returns the year shown, or null when there are none. */
export function startYearTabs(root: ParentNode, win: Window = window): number | null {
	const groups: Group[] = [];
	const yearNow = () => {
		const all = [...new Set(groups.flatMap((g) => g.years))];
		const state = win.history.state as { year?: unknown } | null;
		const fromState = typeof state?.year === 'number' && all.includes(state.year) ? state.year : null;
		return fromState ?? yearFromQuery(win.location.search, all, groups[0]!.fallback);
	};
	let current = 0;
	const select = (year: number, focus = false) => {
		if (year !== current) {
			current = year;
			const url = new URL(win.location.href);
			url.searchParams.set('year', String(year));
			win.history.pushState({ ...(win.history.state as object | null), year }, '', url.search + url.hash);
		}
		for (const group of groups) show(group, year, focus);
	};
	for (const element of root.querySelectorAll<HTMLElement>('[data-year-tabs]')) {
		const group = build(element, select);
		if (group) groups.push(group);
	}
	if (groups.length === 0) return null;
	current = yearNow();
	for (const group of groups) show(group, current, false);
	win.addEventListener('popstate', () => {
		current = yearNow();
		for (const group of groups) show(group, current, false);
	});
	return current;
}

/**
 * Year links (YearTabs.svelte with `href`: each year is its own prerendered page). A shared link that
 * names another year in its query (`/air/?year=2022`, the address the year tabs wrote before the years
 * became pages) opens that year's page, keeping the link's #fragment; a year that has no page, or the
 * year already shown, leaves the page as it is. Returns the address it went to, or null.
 */
export function followYearQuery(root: ParentNode, win: Window = window): string | null {
	const groups = [...root.querySelectorAll<HTMLElement>('[data-year-links]')];
	if (groups.length === 0) return null;
	const links = groups.flatMap((g) => [...g.querySelectorAll<HTMLAnchorElement>('a[data-year]')]);
	const years = [...new Set(links.map((a) => Number(a.dataset.year)))];
	const shown = Number(groups[0]!.dataset.year);
	const year = yearFromQuery(win.location.search, years, shown);
	if (groups.every((g) => Number(g.dataset.year) === year || !g.querySelector(`a[data-year="${year}"]`))) return null;
	const link = links.find((a) => Number(a.dataset.year) === year && a.getAttribute('aria-current') !== 'page');
	if (!link) return null;
	const target = new URL(link.getAttribute('href')!, win.location.href);
	target.hash = win.location.hash;
	win.location.replace(target.href);
	return target.href;
}
