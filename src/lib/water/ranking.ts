/**
 * Where a station stands among the Fujian stations of the national surface-water automatic network (issue 16),
 * from data/derived/water-stations.csv. The measure: the share of a station's readings whose class, as the
 * network published it, is worse than class III, over the whole period (2021-06 to 2023-12), of its readings
 * with a class. Computed from instantaneous readings: not an official assessment or ranking.
 *
 * Rules, stated once: a station published under a new name (renamed_to) is one station with its new name, its
 * readings summed; a station with fewer than {@link MIN_RANKED_READINGS} readings with a class is listed but not
 * ranked (its share rests on a few weeks or months of one season); equal shares share a rank (1, 2, 2, 4), 1
 * being the worst; within a tie, stations are listed by name.
 */
import type { WaterStation } from '../data/types';

/**
 * A station needs this many readings with a class to be ranked: about a third of the readings a station kept
 * over the period (up to 2,988), so that its share covers more than one season.
 */
export const MIN_RANKED_READINGS = 1000;

/** One station (renamed stations under their new name), its readings and share worse than III. */
export interface RankedStation {
	station: string;
	/** The names it was published under (the old name first when it was renamed). */
	names: string[];
	group: WaterStation['group'];
	body: WaterStation['body'];
	/** Readings with a network class, and of those worse than III. */
	classified: number;
	worseThanIII: number;
	/** worseThanIII / classified; null: no reading with a class. */
	share: number | null;
	/** 1 = the worst share; null: too few readings to rank. */
	rank: number | null;
}

export interface StationRanking {
	/** Ranked stations worst first, then the stations not ranked (fewest readings last). */
	stations: RankedStation[];
	/** How many stations are ranked, and how many there are. */
	ranked: number;
	total: number;
}

/** Compares two shares exactly (as fractions), worst first; -1, 0 or 1. */
const byShare = (a: RankedStation, b: RankedStation): number => {
	const d = b.worseThanIII * a.classified - a.worseThanIII * b.classified;
	return d === 0 ? 0 : d < 0 ? -1 : 1;
};

/** Every station ranked by its share of readings worse than class III (the rules above). */
export function stationRanking(
	stations: Pick<WaterStation, 'station' | 'renamedTo' | 'group' | 'body' | 'network'>[]
): StationRanking {
	const merged = new Map<string, RankedStation>();
	for (const s of [...stations].sort((a, b) => (a.renamedTo ? 0 : 1) - (b.renamedTo ? 0 : 1))) {
		const name = s.renamedTo ?? s.station;
		const own = merged.get(name);
		if (own) {
			own.names.push(s.station);
			own.classified += s.network.classified;
			own.worseThanIII += s.network.worseThanIII;
		} else
			merged.set(name, {
				station: name,
				names: [s.station],
				group: s.group,
				body: s.body,
				classified: s.network.classified,
				worseThanIII: s.network.worseThanIII,
				share: null,
				rank: null
			});
	}
	for (const m of merged.values()) m.share = m.classified === 0 ? null : m.worseThanIII / m.classified;
	const all = [...merged.values()];
	const ranked = all
		.filter((s) => s.classified >= MIN_RANKED_READINGS)
		.sort((a, b) => byShare(a, b) || (a.station < b.station ? -1 : 1));
	ranked.forEach((s, i) => {
		const previous = ranked[i - 1];
		s.rank = previous && byShare(previous, s) === 0 ? previous.rank : i + 1;
	});
	const unranked = all
		.filter((s) => s.classified < MIN_RANKED_READINGS)
		.sort((a, b) => b.classified - a.classified || (a.station < b.station ? -1 : 1));
	return { stations: [...ranked, ...unranked], ranked: ranked.length, total: all.length };
}
