import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { buildChart, chartIds } from '../../../src/lib/charts/registry';
import { catalogue, catalogueConfig } from '../../../src/lib/present/catalogue';
import { titleFits } from '../../../src/lib/present/notes';
import { chartTitle } from '../../../src/lib/server/localizeChart';
import { m } from '../../../src/lib/paraglide/messages';
import { DECK, deckChartIds, type DeckConfig, type ItemSpec } from '../../../src/lib/present/config';
import { buildDeck, problemRows } from '../../../src/lib/present/slides';
import type { DeckItem, Slide } from '../../../src/lib/present/model';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');
/** The real data, validated by the pipeline (the deck must work with what the site ships). */
const dataset = buildDataset(directoryReader(DATA)).dataset;
const deck = buildDeck(dataset);
const messages = m as unknown as Record<string, unknown>;

const itemsOf = (slide: Slide): DeckItem[] =>
	slide.kind === 'glance' ? slide.items : slide.kind === 'domain' ? [slide.headline, ...slide.facts] : [];
const specItems = (config: DeckConfig): ItemSpec[] =>
	config.slides.flatMap((s) => (s.kind === 'glance' ? s.items : s.kind === 'domain' ? [s.headline, ...s.facts] : []));

describe('the deck configuration (src/lib/present/deck.ts)', () => {
	test('every chart it names is in the chart registry', () => {
		expect(deckChartIds().length).toBeGreaterThan(0);
		for (const id of deckChartIds()) expect(chartIds(), id).toContain(id);
	});

	test('has the slides in order: title, glance, four domains (water followed by 隘头潭’s readings), two of the work, the map, problems, sources', () => {
		expect(DECK.slides.map((s) => s.id)).toEqual([
			'title',
			'glance',
			'air',
			'water',
			'aitoutan',
			'coast',
			'litter',
			'work-reform-recognition-1',
			'work-air-1',
			'map',
			'problems',
			'sources'
		]);
		expect(deck.slides).toHaveLength(12);
		expect(new Set(DECK.slides.map((s) => s.id)).size).toBe(DECK.slides.length);
	});

	test('every metric, site and message key it names exists', () => {
		const metrics = new Set(dataset.metrics.map((x) => x.id));
		const sites = new Set(dataset.sites.map((x) => x.id));
		for (const spec of specItems(DECK)) {
			if (spec.kind === 'metric') {
				expect(metrics, spec.metric).toContain(spec.metric);
				for (const id of spec.related ?? []) expect(metrics, id).toContain(id);
				if (spec.label) expect(typeof messages[spec.label], spec.label).toBe('function');
			} else {
				expect(typeof messages[spec.label], spec.label).toBe('function');
				if (spec.kind === 'group') for (const id of spec.metrics) expect(metrics, id).toContain(id);
				else for (const id of spec.sites) expect(sites, id).toContain(id);
			}
		}
		expect(dataset.sources.map((s) => s.id)).toContain(DECK.source);
	});
});

describe('buildDeck with the real data', () => {
	test('every figure shown has a source, and every source is in the registry', () => {
		const registry = new Set(dataset.sources.map((s) => s.id));
		const items = deck.slides.flatMap(itemsOf);
		expect(items.length).toBeGreaterThan(15);
		for (const item of items) {
			expect(item.sourceIds.length, item.id).toBeGreaterThan(0);
			for (const id of item.sourceIds) expect(registry, `${item.id} cites ${id}`).toContain(id);
			if (item.kind === 'metric' && item.previous) expect(item.previous.sourceIds.length).toBeGreaterThan(0);
		}
		for (const slide of deck.slides) for (const id of slide.sourceIds) expect(registry).toContain(id);
	});

	test('the year at a glance shows the founding document’s headline figures, from the data', () => {
		const glance = deck.slides.find((s) => s.kind === 'glance')!;
		const shown = Object.fromEntries(
			itemsOf(glance).map((i) => [
				i.id,
				i.kind === 'metric'
					? [i.current.value, i.change?.value ?? null, ...i.related.map((r) => r.figure.value)]
					: i.kind === 'group'
						? i.members.map((x) => x.figure.value)
						: i.sites.map((s) => s.class)
			])
		);
		expect(shown).toEqual({
			composite_index: [2.34, -10.3],
			rank_168_cities: [3, 4],
			good_rate_pct: [99.5, null],
			excellent_rate_pct: [70.8, 10.5],
			'four-100': [100, 100, 100, 100],
			reservoirs: ['II', 'II'],
			coastal_excellent_area_pct: [91.7, 7.5],
			coastal_excellent_point_pct: [95.5, 9.1],
			sea_outfall_compliance_pct: [100, null, 412],
			floating_litter_density: [51.06, null],
			sea_cleaning_area_km2: [230, null]
		});
		for (const item of itemsOf(glance)) expect(item.sourceIds).toEqual(['eeb-2024-summary']);
	});

	test("each domain slide carries its domain page's main chart, and the map has its own slide", () => {
		const charts = Object.fromEntries(
			deck.slides.flatMap((s) => (s.kind === 'domain' ? [[s.id, s.chart?.id ?? null]] : []))
		);
		expect(charts).toEqual({
			air: 'overview-composite-trend',
			water: 'water-reservoir-classes',
			coast: null,
			litter: 'litter-density-trend'
		});
		const map = deck.slides.find((s) => s.id === 'map')!;
		expect(map.kind === 'chart' && map.chart.kind).toBe('map');
		// The map slide shows the districts and the stations, and cites their sources, not the other layers'.
		if (map.kind !== 'chart' || map.chart.kind !== 'map') throw new Error('no map slide');
		expect(map.chart.mapOptions.layers).toEqual(['districts', 'stations']);
		const litter = [...map.chart.map.litter.cleaning, ...map.chart.map.litter.density].map((f) => f.sourceId);
		const stations = map.chart.map.stations.map((x) => x.sourceId);
		expect(map.sourceIds).toEqual(expect.arrayContaining([...stations, ...map.chart.map.note.sourceIds]));
		for (const id of litter.filter((id) => !stations.includes(id))) expect(map.sourceIds, id).not.toContain(id);
		expect(Object.keys(map.chart.sources)).toEqual(map.sourceIds);
		const air = deck.slides.find((s) => s.id === 'air')!;
		// The chart's sources are cited by the slide and listed on the sources slide.
		expect(air.sourceIds).toEqual(expect.arrayContaining(['bulletin-2018-dnw', 'bulletin-2023-dnw-mirror']));
	});

	test('the problems slide pairs each problem with the work named in its domain', () => {
		const problems = deck.slides.find((s) => s.kind === 'problems')!;
		expect(
			problems.kind === 'problems' &&
				problems.rows.map((r) => [r.domain, r.problems.map((p) => p.id), r.work.map((w) => w.id)])
		).toEqual([
			['water', ['aitoutan-section'], ['dongxixi-aitoutan-work']],
			['coast', ['western-sea-area'], ['western-sea-area-work']],
			['air', ['no2-level'], ['blue-sky-work']]
		]);
	});

	test('the sources slide lists every source the other slides cite, once, in order of appearance', () => {
		const sources = deck.slides.find((s) => s.kind === 'sources')!;
		const cited = [...new Set(deck.slides.filter((s) => s !== sources).flatMap((s) => s.sourceIds))];
		expect(sources.kind === 'sources' && sources.sources.map((s) => s.id)).toEqual(cited);
		expect(cited[0]).toBe('eeb-2024-summary');
	});

	test('every slide has speaker notes in both languages', () => {
		for (const slide of deck.slides) {
			expect(slide.notes.zh.length, slide.id).toBeGreaterThan(0);
			expect(slide.notes.en.length, slide.id).toBe(slide.notes.zh.length);
		}
		const air = deck.slides.find((s) => s.id === 'air')!;
		expect(air.notes.zh.slice(0, 3)).toEqual([
			'空气质量综合指数2.34，同比改善10.3%。',
			'2023年为2.61。',
			'全国168个重点城市空气质量排名第3位，同比上升4位。'
		]);
		expect(air.notes.zh).toContain('综合指数从2018年的3.31降至2024年的2.34。');
		expect(air.notes.en[0]).toBe('Air quality composite index: 2.34, an improvement of 10.3% on the previous year.');
	});

	test('each slide’s title states its finding, built from the figures, in both languages', () => {
		const title = (id: string) => deck.slides.find((s) => s.id === id)!.title;
		expect(title('air')).toEqual({
			zh: '综合指数2.34，同比改善10.3%；168城市排名第3位',
			en: 'Composite index 2.34, improved 10.3%; 3rd among 168 cities'
		});
		expect(title('coast').en).toBe('Coastal sea area with good water 91.7%, up 7.5\u00a0percentage points');
	});

	test('each slide names its documents by short name for its footnote', () => {
		const air = deck.slides.find((s) => s.id === 'air')!;
		expect(air.sourceNames).toHaveLength(air.sourceIds.length);
		// The registry's short names (data/sources.csv short_zh/short_en), as the pages' one-line citations use.
		expect(air.sourceNames[0]).toEqual({ zh: '2024年工作总结', en: '2024 work summary' });
		expect(air.sourceNames.map((n) => n.zh)).toEqual(
			air.sourceIds.map((id) => dataset.sources.find((s) => s.id === id)!.short.zh)
		);
	});

	test('the deck key names the year and the slides (windows of different decks do not follow each other)', () => {
		expect(deck.key).toBe(
			'2024:title,glance,air,water,aitoutan,coast,litter,work-reform-recognition-1,work-air-1,map,problems,sources'
		);
	});
});

describe('buildDeck with other configurations', () => {
	const base = { year: 2024, source: 'eeb-2024-summary' };

	test('a chart slide (the map slot) builds its chart by registry id', () => {
		const built = buildDeck(dataset, {
			...base,
			slides: [{ id: 'map', kind: 'chart', chart: 'overview-good-rate-trend' }]
		});
		const slide = built.slides[0]!;
		expect(slide.kind === 'chart' && slide.chart.id).toBe('overview-good-rate-trend');
		expect(slide.notes.en[0]).toMatch(/^The share of good days (rose|fell) from/);
	});

	test.each([
		{
			name: 'an unknown chart id',
			slides: [{ id: 'x', kind: 'chart', chart: 'no-such-chart' }],
			error: /Unknown chart id/
		},
		{
			name: 'an unknown metric',
			slides: [{ id: 'x', kind: 'glance', items: [{ kind: 'metric', metric: 'no_such_metric' }] }],
			error: /Unknown metric/
		},
		{
			name: 'a metric with no figure in the deck’s year',
			slides: [{ id: 'x', kind: 'glance', items: [{ kind: 'metric', metric: 'pm25_ugm3' }] }],
			year: 2019,
			error: /No published pm25_ugm3 for 2019/
		},
		{
			name: 'a site with no class in the deck’s year',
			slides: [
				{
					id: 'x',
					kind: 'glance',
					items: [{ kind: 'classes', id: 'c', label: 'reservoirs_title', sites: ['lianhua-reservoir'] }]
				}
			],
			error: /no published water class of lianhua-reservoir/
		},
		{ name: 'an unknown source', slides: [{ id: 'title', kind: 'title' }], source: 'nope', error: /Unknown source/ }
	] as { name: string; slides: DeckConfig['slides']; year?: number; source?: string; error: RegExp }[])(
		'fails loudly on $name',
		({ slides, year, source, error }) => {
			expect(() => buildDeck(dataset, { year: year ?? 2024, source: source ?? base.source, slides })).toThrow(error);
		}
	);

	test('problemRows: no problems in a year, no rows; work without a problem is not shown', () => {
		expect(problemRows(dataset, 2019)).toEqual([]);
		const rows = problemRows({ problems: dataset.problems.slice(0, 1), priorities: dataset.priorities }, 2024);
		expect(rows.map((r) => r.work.map((w) => w.domain))).toEqual([['water']]);
	});
});

describe('the 隘头潭 slide', () => {
	test('shows the flood- against dry-season share worse than class III (a native bar chart), citing the network data', () => {
		const slide = deck.slides.find((s) => s.id === 'aitoutan')!;
		expect(slide.kind === 'chart' && slide.chart.id).toBe('water-aitoutan-seasons');
		expect(slide.kind === 'chart' && slide.chart.kind).toBe('bar');
		expect(slide.sourceIds).toEqual(['cnemc-water-ecoaudit']);
	});
});

describe('chart slides state a finding (src/lib/present/notes.ts chartFinding)', () => {
	const charts = chartIds().map((id) => ({ id, kind: buildChart(id, dataset).kind }));
	const all = buildDeck(dataset, catalogueConfig(catalogue(charts)));
	/** Charts whose own title states their finding in words ("每一年都是汛期更差…"), which the slide keeps. */
	const FINDING_TITLES = ['water-aitoutan-seasons', 'aitoutan'];

	test.each(['zh', 'en'] as const)('in %s: every chart slide’s title holds a figure and fits the heading', (locale) => {
		for (const slide of all.slides) {
			if (slide.kind !== 'chart' || FINDING_TITLES.includes(slide.id)) continue;
			const title = slide.title[locale];
			expect(title, slide.id).toMatch(/\d/);
			expect(titleFits(title, locale), `${slide.id}: ${title}`).toBe(true);
			expect(title, slide.id).not.toBe(chartTitle(slide.chart, locale));
		}
	});

	test('a chart’s finding, computed from the data, in both languages', () => {
		const titles = Object.fromEntries(
			all.slides
				.filter((s) =>
					['air-no2', 'air-pollutants-2022', 'coast-sea-area-status', 'work-inspection-petitions'].includes(s.id)
				)
				.map((s) => [s.id, s.title])
		);
		expect(titles).toEqual({
			'air-no2': {
				zh: '2023年根据监测数据计算的NO2年均浓度为20\u00a0µg/m³，是限值的50%',
				en: '2023: the NO2 annual mean computed from monitoring data was 20\u00a0µg/m³, 50% of the limit'
			},
			'air-pollutants-2022': {
				zh: '2022年6项污染物均未超过GB 3095—2012二级限值，O3为限值的84%',
				en: '2022: all 6 pollutants within GB 3095-2012 grade II limits; O3 nearest, at 84% of its limit'
			},
			'coast-sea-area-status': {
				zh: '2014年公布的7个中清洁1个，马銮湾严重污染',
				en: 'Published for 2014: 1 of 7 clean; Maluan Bay severely polluted'
			},
			'work-inspection-petitions': {
				zh: '中央督察交办信访件517件，已办结511件，验收销号507件',
				en: "517 petitions from the central inspection: 511 resolved, 507 closed after the city's check"
			}
		});
	});
});

describe('domain slide titles', () => {
	test('a headline without a published change takes its chart’s finding when that states the same value', () => {
		const litter = deck.slides.find((s) => s.id === 'litter')!;
		expect(litter.title).toEqual({
			zh: '海漂垃圾分布密度从2020年的240.38平方米/公里降至2024年的51.06平方米/公里',
			en: 'The floating-litter density fell from 240.38\u00a0m²/km in 2020 to 51.06\u00a0m²/km in 2024'
		});
		// A headline with its change keeps its own finding.
		expect(deck.slides.find((s) => s.id === 'air')!.title.zh).toBe('综合指数2.34，同比改善10.3%；168城市排名第3位');
	});
});
