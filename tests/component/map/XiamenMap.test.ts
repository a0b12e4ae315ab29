import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import XiamenMap from '../../../src/lib/map/XiamenMap.svelte';
import { stationsPerDistrict } from '../../../src/lib/map/layers';
import { insideRings } from '../../../src/lib/map/labels';
import { decodeCompactPath } from '../../../src/lib/map/paths';
import { mapSlideZoom } from '../../../src/lib/present/mapFit';
import type { MapLayerId } from '../../../src/lib/map/types';
import { realDataset, realMap, realSources } from '../../unit/map/data';
import { useLocale } from '../fixtures';

afterEach(cleanup);
beforeEach(() => useLocale('en'));

const choropleth = stationsPerDistrict(realDataset, realMap.districts);
const renderMap = (
	props: Partial<{ layers: MapLayerId[]; compact: boolean; date: string; locale: 'zh' | 'en' }> = {}
) => {
	if (props.locale) useLocale(props.locale);
	return render(XiamenMap, {
		data: realMap,
		sources: realSources,
		locale: props.locale ?? 'en',
		id: 'test-map',
		choropleth,
		...props
	});
};
const legendSection = (container: HTMLElement, layer: MapLayerId) =>
	container.querySelector<HTMLElement>(`.map-legend [data-layer="${layer}"]`)!;
const tooltipText = (container: HTMLElement) => container.querySelector('.map-tooltip')?.textContent ?? null;

describe('XiamenMap: drawn from the data', () => {
	test('an SVG with a viewBox, six districts (data-adcode) and six stations (data-station)', () => {
		const { container } = renderMap();
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('viewBox')).toMatch(/^0 0 1000 9\d\d(\.\d)?$/);
		expect([...container.querySelectorAll('[data-adcode]')].map((e) => e.getAttribute('data-adcode'))).toEqual([
			'350203',
			'350205',
			'350206',
			'350211',
			'350212',
			'350213'
		]);
		expect(container.querySelectorAll('[data-station]')).toHaveLength(6);
		expect(container.querySelector('.land')!.getAttribute('d')!.length).toBeGreaterThan(1000);
	});

	test('the note: not an approved map, the file to replace, and the datum assumption with a link', () => {
		const { container } = renderMap();
		const note = container.querySelector('.map-note')!;
		expect(note.textContent).toContain('not an officially approved map (未经审图)');
		expect(note.textContent).toContain('replace data/geo/xiamen.topo.json');
		expect(note.textContent).toContain('assumes GCJ-02');
		expect(within(note as HTMLElement).getByRole('link', { name: 'Position details' })).toHaveAttribute(
			'href',
			'#test-map-datum'
		);
		expect(container.querySelector('#test-map-datum')).not.toBeNull();
	});

	test('the full map’s note is one click away (a closed disclosure): the page’s words, the keys, the note', async () => {
		const { container } = render(XiamenMap, {
			data: realMap,
			sources: realSources,
			locale: 'en',
			id: 'test-map',
			about: 'What the page says the map shows.'
		});
		const note = container.querySelector<HTMLDetailsElement>('details.map-note')!;
		expect(note.open).toBe(false);
		expect(note.querySelector('summary')!.textContent).toBe(
			'About this map: schematic, not officially approved (未经审图)'
		);
		expect(note.querySelector('.about')!.textContent).toBe('What the page says the map shows.');
		expect(note.querySelector('.keys')!.textContent).toContain('Tab moves through the features');
		// The keys stay the map's description while the disclosure is closed (a hidden element, which
		// a description reads, outside it).
		const keys = container.querySelector(`#${container.querySelector('svg')!.getAttribute('aria-describedby')}`)!;
		expect(keys.hasAttribute('hidden')).toBe(true);
		expect(keys.closest('details')).toBeNull();
		expect(keys.textContent).toBe(note.querySelector('.keys')!.textContent);
		await fireEvent.click(note.querySelector('summary')!);
		expect(note.open).toBe(true);
	});

	test('the note in Chinese on the Chinese page', () => {
		const { container } = renderMap({ locale: 'zh' });
		expect(container.querySelector('.map-note')!.textContent).toContain('未经审图');
		expect(container.querySelector('.map-note')!.textContent).toContain('假定为 GCJ-02');
	});
});

describe('layers', () => {
	test('a layer’s checkbox removes and restores its features and its legend', async () => {
		const { container } = renderMap();
		const toggle = screen.getByRole('checkbox', { name: 'Air-monitoring stations' });
		expect(toggle).toBeChecked();
		await fireEvent.click(toggle);
		expect(toggle).not.toBeChecked();
		expect(container.querySelectorAll('[data-station]')).toHaveLength(0);
		expect(legendSection(container, 'stations').querySelector('.entries')).toBeNull();
		await fireEvent.click(toggle);
		expect(container.querySelectorAll('[data-station]')).toHaveLength(6);
	});

	test('the initial layers prop: only the districts', () => {
		const { container } = renderMap({ layers: ['districts'] });
		expect(container.querySelectorAll('[data-adcode]')).toHaveLength(6);
		expect(container.querySelectorAll('[data-station], [data-site], [data-sea-area], .map-badge')).toHaveLength(0);
		expect(screen.getByRole('checkbox', { name: 'Reservoirs, rivers and lakes' })).not.toBeChecked();
	});
});

describe('legend: counts and highlighting', () => {
	test('station categories with counts for the sample day; clicking one highlights its stations', async () => {
		const { container } = renderMap();
		const section = legendSection(container, 'stations');
		const entry = (key: string) => section.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`)!;
		expect(entry('aqi-1').textContent).toMatch(/level 1 Excellent\s*5/);
		expect(entry('no-data').textContent).toMatch(/No valid values\s*1/);
		expect(entry('aqi-4')).toBeDisabled();
		await fireEvent.click(entry('aqi-1'));
		expect(entry('aqi-1')).toHaveAttribute('aria-pressed', 'true');
		expect(container.querySelector('[data-station="1286A"]')).toHaveClass('dimmed');
		expect(container.querySelector('[data-station="1287A"]')).not.toHaveClass('dimmed');
		await fireEvent.click(entry('aqi-1'));
		expect(entry('aqi-1')).toHaveAttribute('aria-pressed', 'false');
		expect(container.querySelectorAll('.dimmed')).toHaveLength(0);
	});

	test('the choropleth legend: 0, 1 and 2 stations, two districts each; highlighting dims the others', async () => {
		const { container } = renderMap();
		const section = legendSection(container, 'districts');
		expect(section.textContent).toContain('National air stations per district');
		const entries = [...section.querySelectorAll<HTMLButtonElement>('button.entry')];
		expect(entries.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['0 2', '1 2', '2 2']);
		const fills = new Set([...container.querySelectorAll('[data-adcode]')].map((p) => p.getAttribute('fill')));
		expect(fills.size).toBe(3);
		await fireEvent.click(entries[2]!);
		const dimmed = [...container.querySelectorAll('[data-adcode].dimmed')].map((p) => p.getAttribute('data-adcode'));
		expect(dimmed).toEqual(['350205', '350206', '350211', '350213']);
		expect(screen.getByRole('button', { name: 'Show all (clear highlight)' })).toBeInTheDocument();
	});

	test('water classes for the year: class II twice in 2024; a year’s select changes the counts', async () => {
		const { container } = renderMap();
		const section = legendSection(container, 'water');
		expect(section.querySelector('button[data-key="class-II"]')!.textContent).toMatch(/2$/);
		await fireEvent.change(within(section).getByRole('combobox'), { target: { value: '2015' } });
		await waitFor(() => expect(section.querySelector('button[data-key="class-III"]')!.textContent).toMatch(/2$/));
		expect(section.querySelector('button[data-key="class-劣V"]')!.textContent).toMatch(/1$/);
	});
});

describe('what the sources cannot place', () => {
	test('the approximate reservoir: a dashed ring and a flagged chip; its tooltip says how approximate', async () => {
		const { container } = renderMap();
		const chip = container.querySelector<SVGGElement>('[data-site="xinglin-bay-reservoir"]')!;
		expect(chip.getAttribute('data-location')).toBe('approximate');
		expect(chip).toHaveClass('dashed');
		expect(container.querySelectorAll('.water-layer ellipse.uncertainty')).toHaveLength(1);
		await fireEvent.focus(chip);
		expect(tooltipText(container)).toContain('Approximate position (about ±0.9 km)');
	});

	test('the estuary: the only sea area drawn, flagged approximate', () => {
		const { container } = renderMap();
		const areas = [...container.querySelectorAll('[data-sea-area]')];
		expect(areas.map((a) => [a.getAttribute('data-sea-area'), a.getAttribute('data-approximate')])).toEqual([
			['jiulong-estuary', 'true']
		]);
		expect(areas[0]!.textContent).toContain('(approx.)');
	});

	test('water bodies without coordinates are listed, not drawn; district-only ones sit with their district', () => {
		const { container } = renderMap();
		const drawn = [...container.querySelectorAll('svg [data-site]')].map((e) => [
			e.getAttribute('data-site'),
			e.getAttribute('data-location')
		]);
		expect(drawn.filter(([, l]) => l === 'none')).toEqual([]);
		expect(drawn.filter(([, l]) => l === 'district').map(([id]) => id)).toEqual([
			'bantou-shidou-reservoir',
			'tingxi-reservoir',
			'lianhua-reservoir',
			'dongxixi-river',
			'aitoutan-section'
		]);
		for (const id of ['huobian-reservoir', 'xinfeng-reservoir', 'yundang-lake', 'fangyang-reservoir', 'beixi-intake']) {
			expect(container.querySelector(`svg [data-site="${id}"]`)).toBeNull();
			const row = container.querySelector(`[data-site-row="${id}"]`)!;
			expect(row.textContent).toContain('No location in the sources: listed beside the map only');
		}
		expect(container.querySelector('[data-site-row="tingxi-reservoir"]')!.textContent).toContain(
			'Location: district only (Tong’an)'.replace('’', "'")
		);
	});

	test('the sea areas are listed with both years’ bulletin categories', () => {
		const { container } = renderMap();
		const row = container.querySelector('[data-sea-area-row="western-sea"]')!;
		expect(row.textContent).toContain('slightly polluted');
		expect(row.textContent).toContain('moderately polluted');
		expect(container.querySelector('[data-list="sea"]')!.textContent).toContain('not GB 3097-1997 seawater classes');
	});
});

describe('tooltips and keyboard', () => {
	test('Tab goes through the features in order: districts, stations, water, sea, then the sea and litter buttons', async () => {
		const user = userEvent.setup();
		const { container } = renderMap({ compact: true });
		container.querySelector<HTMLButtonElement>('.zoom-reset')!.focus();
		const order: string[] = [];
		for (let i = 0; i < 21; i++) {
			await user.tab();
			const el = document.activeElement!;
			order.push(
				el.getAttribute('data-adcode') ??
					el.getAttribute('data-station') ??
					el.getAttribute('data-site') ??
					el.getAttribute('data-sea-area') ??
					el.getAttribute('data-feature') ??
					el.tagName
			);
		}
		expect(order).toEqual([
			'350203',
			'350205',
			'350206',
			'350211',
			'350212',
			'350213',
			'1286A',
			'1287A',
			'1288A',
			'2842A',
			'3527A',
			'3528A',
			'xinglin-bay-reservoir',
			'bantou-shidou-reservoir',
			'tingxi-reservoir',
			'lianhua-reservoir',
			'dongxixi-river',
			'aitoutan-section',
			'jiulong-estuary',
			'sea-whole',
			'litter'
		]);
	});

	test('focus shows the tooltip: name in both languages, value, class in words, date, source', async () => {
		const { container } = renderMap();
		const station = container.querySelector<SVGGElement>('[data-station="1287A"]')!;
		expect(station.getAttribute('aria-label')).toContain('Hongwen 1287A (洪文)');
		await fireEvent.focus(station);
		const text = tooltipText(container)!;
		expect(text).toContain('Hongwen 1287A');
		expect(text).toContain('洪文');
		expect(text).toContain('20 Jan 2023: AQI 48, level 1 (Excellent)');
		expect(text).toContain('Source: CNEMC national city and station files for 2023-01-20');
		await fireEvent.blur(station);
		expect(tooltipText(container)).toBeNull();
	});

	test('Enter pins the tooltip (it stays after the pointer leaves); Escape closes it', async () => {
		const { container } = renderMap();
		const district = container.querySelector<SVGPathElement>('[data-adcode="350212"]')!;
		await fireEvent.keyDown(district, { key: 'Enter' });
		expect(container.querySelector('.map-tooltip.pinned')).not.toBeNull();
		await fireEvent.pointerLeave(district);
		expect(tooltipText(container)).toContain("Tong'an");
		expect(tooltipText(container)).toContain('National air stations per district: 2');
		await fireEvent.keyDown(district, { key: 'Escape' });
		expect(tooltipText(container)).toBeNull();
	});

	test('hover shows, leaving hides; a click pins and the close button unpins', async () => {
		const { container } = renderMap();
		const site = container.querySelector<SVGGElement>('[data-site="tingxi-reservoir"]')!;
		await fireEvent.pointerEnter(site);
		expect(tooltipText(container)).toContain('2024: Class II');
		await fireEvent.pointerLeave(site);
		expect(tooltipText(container)).toBeNull();
		await fireEvent.click(site);
		await fireEvent.pointerLeave(site);
		expect(tooltipText(container)).toContain('Tingxi Reservoir');
		await fireEvent.click(screen.getByRole('button', { name: 'Close tooltip' }));
		expect(tooltipText(container)).toBeNull();
	});
});

describe('the day', () => {
	test('a day without station data: markers uncoloured and marked "–", said so; the city AQI of that day', async () => {
		const { container } = renderMap();
		const input = container.querySelector<HTMLInputElement>('input[type="date"]')!;
		expect(input.value).toBe('2023-01-20');
		await fireEvent.input(input, { target: { value: '2023-01-21' } });
		await waitFor(() => expect(screen.getByText('No station data for 21 Jan 2023')).toBeInTheDocument());
		for (const marker of container.querySelectorAll('[data-station]')) {
			expect(marker).toHaveClass('no-data');
			expect(marker.querySelector('.level')!.textContent).toBe('–');
		}
		const section = legendSection(container, 'stations');
		expect(section.querySelector('button[data-key="no-data"]')!.textContent).toMatch(/No station data this day\s*6/);
		expect(section.querySelector('.city-aqi')!.textContent).toMatch(/City, 21 Jan 2023: AQI \d+/);
		await fireEvent.click(within(section).getByRole('button', { name: '20 Jan 2023 (station data)' }));
		await waitFor(() => expect(container.querySelector('[data-station="1287A"]')).not.toHaveClass('no-data'));
	});

	test('the station notes: one day of station data, no annual means per station', () => {
		const { container } = renderMap();
		const section = legendSection(container, 'stations');
		expect(section.textContent).toContain('Station data exist for one day only: 20 Jan 2023');
		expect(section.textContent).toContain('The data hold no annual means per station');
		expect(section.textContent).toContain('Square: background/reference site');
		expect(container.querySelector('[data-station="1286A"] rect.marker')).not.toBeNull();
		// Named as the reference site in its accessible name, and in the label drawn beside it.
		expect(container.querySelector('[data-station="1286A"]')!.getAttribute('aria-label')).toContain('reference site');
		const mark = container.querySelector('[data-station="1286A"]')!;
		expect(mark.nextElementSibling?.classList.contains('name')).toBe(true);
		expect(mark.nextElementSibling!.textContent).toContain('reference site');
	});
});

describe('zoom and views', () => {
	test('the zoom buttons change the transform; reset returns to the whole city', async () => {
		const { container } = renderMap({ compact: true });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('data-k')).toBe('1.000');
		await fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
		await waitFor(() => expect(svg.getAttribute('data-k')).toBe('1.500'));
		await fireEvent.keyDown(svg, { key: '+' });
		await waitFor(() => expect(svg.getAttribute('data-k')).toBe('2.250'));
		await fireEvent.keyDown(svg, { key: '0' });
		await waitFor(() => expect(svg.getAttribute('data-k')).toBe('1.000'));
		expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
	});

	test('a named view zooms to it and is marked pressed; labels keep their size', async () => {
		const { container } = renderMap({ compact: true });
		const label = () => Number(container.querySelector('.district-layer .labels text')!.getAttribute('font-size'));
		const before = label();
		await fireEvent.click(screen.getByRole('button', { name: 'Xiamen Island' }));
		await waitFor(() =>
			expect(screen.getByRole('button', { name: 'Xiamen Island' })).toHaveAttribute('aria-pressed', 'true')
		);
		expect(Number(container.querySelector('svg')!.getAttribute('data-k'))).toBeGreaterThan(2);
		expect(screen.getByRole('button', { name: 'Whole city' })).toHaveAttribute('aria-pressed', 'false');
		expect(label()).toBe(before);
	});
});

describe('compact', () => {
	test('no lists, no day picker, no datum section; the note links to the map page', () => {
		const { container } = renderMap({ compact: true });
		expect(container.querySelector('.map-lists')).toBeNull();
		expect(container.querySelector('input[type="date"]')).toBeNull();
		expect(container.querySelector('#test-map-datum')).toBeNull();
		expect(within(container.querySelector('.map-note') as HTMLElement).getByRole('link')).toHaveAttribute(
			'href',
			'/en/map/#map-xiamen-datum'
		);
		expect(legendSection(container, 'water').textContent).toContain('see the data table (6)');
	});
});

describe('on a slide (magnified 1.9 times, cropped to the stations)', () => {
	// The deck's map slide (src/lib/present/slides/ChartSlide.svelte): in English "Huli Middle School" in
	// one line ran across the island and pushed the name "Huli 1" out to sea, south of Siming.
	test.each(['en', 'zh'] as const)(
		'%s: each district’s name inside its district, each station’s name beside its marker',
		(locale) => {
			useLocale(locale);
			const layers: MapLayerId[] = ['districts', 'stations'];
			const zoom = mapSlideZoom(realMap, layers);
			const { container } = render(XiamenMap, {
				data: realMap,
				sources: realSources,
				locale,
				id: 'slide-map',
				choropleth,
				compact: true,
				layers,
				labelScale: 1.9,
				zoom
			});
			const labels = [...container.querySelectorAll('.district-layer .labels text')];
			expect(labels).toHaveLength(6);
			realMap.districts.forEach((d, i) => {
				const text = labels[i]!;
				expect(text.querySelector('.name')!.textContent).toBe(d.name[locale]);
				// The middle of the name's line, in map units.
				const x = Number(text.getAttribute('x'));
				const y = Number(text.getAttribute('y')) - 0.35 * Number(text.getAttribute('font-size'));
				const at: [number, number] = [(x - zoom.x) / zoom.k, (y - zoom.y) / zoom.k];
				expect(insideRings(at, decodeCompactPath(d.d, realMap.base.pathScale)), d.name.en).toBe(true);
			});
			for (const station of container.querySelectorAll('.station-layer [data-station]')) {
				const [x, y] = station
					.getAttribute('transform')!
					.match(/-?[\d.]+/g)!
					.map(Number) as [number, number];
				const name = station.nextElementSibling!;
				expect(name.classList.contains('name')).toBe(true);
				const u = Number(name.getAttribute('font-size')) / 12;
				const from = Math.hypot(Number(name.getAttribute('x')) - x, Number(name.getAttribute('y')) - y);
				expect(from / u, station.getAttribute('data-station')!).toBeLessThan(40);
			}
		}
	);
});
