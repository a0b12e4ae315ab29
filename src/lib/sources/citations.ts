import type { Dataset, Domain, Source, SourceKind, Unit } from '../data/types';
import { metricQualifier, type Qualifier } from '../text/qualified';

/**
 * The figures-per-source index behind the sources page: for every source in the registry, what on the
 * site rests on it (published figures, derived values, classes and categories, named problems and the work on them,
 * sites, monitoring data, stations and places), each with the page that shows it. Pure and serialisable.
 */

/** What a citation says, as data; the page formats it in its language. */
export type CitedValue =
	| { type: 'number'; value: number; decimals: number; unit: Unit; qualifier: Qualifier }
	| { type: 'status'; scheme: 'gb3838' | 'ocean_bureau' | 'trophic_state' | 'quality_grade'; status: string }
	| { type: 'text'; text: { zh: string; en: string } }
	| { type: 'days'; what: 'city' | 'stations' | 'third_party'; count: number; from: string; to: string }
	| { type: 'none' };

export interface Citation {
	kind:
		| 'figure'
		| 'derived'
		| 'water_class'
		| 'water_status'
		| 'sea_status'
		| 'problem'
		| 'work_item'
		| 'site'
		| 'monitoring'
		| 'station'
		| 'place';
	/** What is cited: a metric's label, a site's or sea area's name; null for monitoring data (see `value`). */
	label: { zh: string; en: string } | null;
	/** The figure's scope when it is not the city (e.g. 'fujian'), else null. */
	scope: string | null;
	year: number | null;
	value: CitedValue;
	/** The page that shows it (with an anchor where one chart shows it), or null when no page does yet. */
	page: string | null;
}

/** Groups of the sources page, in order: official publications, news, mirrors, datasets. */
export const SOURCE_GROUPS: { id: string; kinds: SourceKind[] }[] = [
	{ id: 'official', kinds: ['official_document', 'official_bulletin'] },
	{ id: 'news', kinds: ['news_report'] },
	{ id: 'mirror', kinds: ['news_mirror'] },
	{ id: 'dataset', kinds: ['dataset'] }
];

export interface SourceEntry {
	source: Source;
	citations: Citation[];
}

/**
 * Which page shows a domain's figures, given the pages that exist (paths as in the navigation):
 * its own page when there is one (/water/, /coast/, /litter/, /air/), else the overview for air and
 * noise (the overview shows their 2024 figures), else none.
 */
export function domainPage(domain: Domain, pages: readonly string[]): string | null {
	const own = `/${domain}/`;
	if (pages.includes(own)) return own;
	if ((domain === 'air' || domain === 'noise') && pages.includes('/')) return '/';
	return null;
}

/** Domains whose pages (water, coast, litter) have a #problem section, and a #work section when there is work. */
const OWN_PAGES: Domain[] = ['water', 'coast', 'litter'];

const byYear = (a: Citation, b: Citation) => (a.year ?? 0) - (b.year ?? 0);

/**
 * Every source with what cites it, grouped as SOURCE_GROUPS and in registry order within a group.
 * `pages` are the paths of the pages that exist; a citation links only to a page that exists.
 */
export function citationIndex(
	dataset: Pick<
		Dataset,
		| 'sources'
		| 'metrics'
		| 'figures'
		| 'derived'
		| 'sites'
		| 'waterClasses'
		| 'waterStatuses'
		| 'seaAreas'
		| 'seaAreaStatuses'
		| 'problems'
		| 'priorities'
		| 'monitoring'
	>,
	pages: readonly string[]
): { group: string; entries: SourceEntry[] }[] {
	const cites = new Map<string, Citation[]>(dataset.sources.map((s) => [s.id, []]));
	const add = (sourceId: string, citation: Citation) => {
		const list = cites.get(sourceId);
		if (!list) throw new Error(`Citation of unknown source "${sourceId}"`);
		list.push(citation);
	};
	const metric = (id: string) => {
		const found = dataset.metrics.find((m) => m.id === id);
		if (!found) throw new Error(`Unknown metric "${id}"`);
		return found;
	};
	const page = (domain: Domain, anchor?: string) => {
		const path = domainPage(domain, pages);
		return path && anchor ? `${path}#${anchor}` : path;
	};
	const siteName = (id: string) => dataset.sites.find((s) => s.id === id)?.name ?? { zh: id, en: id };
	const areaName = (id: string) => dataset.seaAreas.find((a) => a.id === id)?.name ?? { zh: id, en: id };

	for (const f of dataset.figures) {
		const mt = metric(f.metric);
		add(f.sourceId, {
			kind: 'figure',
			label: mt.label,
			scope: f.scope === 'city' ? null : f.scope,
			year: f.year,
			value: {
				type: 'number',
				value: f.value,
				decimals: f.decimals,
				unit: f.unit,
				qualifier: metricQualifier(f.metric)
			},
			page: page(mt.domain)
		});
	}
	for (const d of dataset.derived) {
		const mt = metric(d.metric);
		for (const id of d.sourceIds) {
			add(id, {
				kind: 'derived',
				label: mt.label,
				scope: d.scope === 'city' ? null : d.scope,
				year: d.year,
				value: { type: 'number', value: d.value, decimals: d.decimals, unit: d.unit, qualifier: 'exact' },
				page: page(mt.domain)
			});
		}
	}
	for (const w of dataset.waterClasses) {
		add(w.sourceId, {
			kind: 'water_class',
			label: siteName(w.site),
			scope: null,
			year: w.year,
			value: { type: 'status', scheme: 'gb3838', status: w.class },
			page: page('water', 'water-reservoir-classes')
		});
	}
	for (const w of dataset.waterStatuses) {
		add(w.sourceId, {
			kind: 'water_status',
			label: siteName(w.site),
			scope: null,
			year: w.year,
			value: { type: 'status', scheme: w.scheme, status: w.status },
			page: page('water', w.scheme === 'trophic_state' ? 'water-trophic-states' : 'quality-words')
		});
	}
	for (const s of dataset.seaAreaStatuses) {
		add(s.sourceId, {
			kind: 'sea_status',
			label: areaName(s.area),
			scope: null,
			year: s.year,
			value:
				s.scheme === 'ocean_bureau' ? { type: 'status', scheme: 'ocean_bureau', status: s.status } : { type: 'none' },
			page: page('coast', 'coast-sea-area-status')
		});
	}
	for (const p of dataset.problems) {
		add(p.sourceId, {
			kind: 'problem',
			label: p.text,
			scope: null,
			year: p.year,
			value: { type: 'text', text: p.text },
			page: page(p.domain, OWN_PAGES.includes(p.domain) ? 'problem' : undefined)
		});
	}
	for (const w of dataset.priorities) {
		add(w.sourceId, {
			kind: 'work_item',
			label: w.text,
			scope: null,
			year: w.year,
			value: { type: 'text', text: w.text },
			page: page(w.domain, OWN_PAGES.includes(w.domain) ? 'work' : undefined)
		});
	}
	for (const s of dataset.sites) {
		add(s.sourceId, { kind: 'site', label: s.name, scope: null, year: null, value: { type: 'none' }, page: null });
	}
	const monitoring = dataset.monitoring;
	const days = (what: 'city' | 'stations' | 'third_party', rows: { date: string; sourceId: string }[]) => {
		const bySource = new Map<string, string[]>();
		for (const r of rows) bySource.set(r.sourceId, [...(bySource.get(r.sourceId) ?? []), r.date]);
		for (const [id, dates] of bySource) {
			const sorted = [...new Set(dates)].sort();
			add(id, {
				kind: 'monitoring',
				label: null,
				scope: null,
				year: null,
				value: { type: 'days', what, count: sorted.length, from: sorted[0]!, to: sorted.at(-1)! },
				page: page('air')
			});
		}
	};
	days('city', monitoring.dailyCity);
	days('stations', monitoring.dailyStations);
	days('third_party', monitoring.dailyThirdParty);
	for (const s of monitoring.stations) {
		add(s.sourceId, { kind: 'station', label: s.name, scope: null, year: null, value: { type: 'none' }, page: null });
	}
	for (const p of monitoring.places) {
		add(p.sourceId, { kind: 'place', label: p.name, scope: null, year: null, value: { type: 'none' }, page: null });
	}

	return SOURCE_GROUPS.map((group) => ({
		group: group.id,
		entries: dataset.sources
			.filter((s) => group.kinds.includes(s.kind))
			.map((source) => ({ source, citations: [...cites.get(source.id)!].sort(byYear) }))
	}));
}
