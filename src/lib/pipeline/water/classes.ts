/**
 * GB 3838-2002 classes recomputed from a reading's parameters with the project's engine
 * ($lib/standards/surfaceWaterClass), and why a recomputed class differs from the network's. Pure module.
 */
import {
	surfaceWaterClass,
	surfaceWaterIndicatorClass,
	WATER_CLASSES,
	type WaterBody,
	type WaterClass,
	type WaterIndicator
} from '../../standards/index';
import {
	CLASS_PARAMETERS,
	WATER_PARAMETERS,
	type ClassParameter,
	type DisagreementCause,
	type WaterParameter
} from '../../data/schema/waterNetwork';

const INDEX: Readonly<Record<WaterParameter, number>> = Object.fromEntries(
	WATER_PARAMETERS.map((p, i) => [p, i])
) as never;

/** The recomputed class of one reading. */
export interface Assessment {
	/** Worst class of the class-setting parameters present; null when none is present. */
	class: WaterClass | null;
	/** The parameters at that class, in GB 3838 Table 1 order; empty for class I (engine rule). */
	limiting: ClassParameter[];
	/** Class-setting parameters present (of 5). */
	parameters: number;
	/** TN's own class, reported beside the reading's class (null when TN is not published). */
	tnClass: WaterClass | null;
}

/** Rank of a class, 0 (I) … 5 (劣V). */
export const rank = (c: WaterClass): number => WATER_CLASSES.indexOf(c);

/** Recomputes the class of a reading from its parameter values ({@link WATER_PARAMETERS} order; NaN = missing). */
export function assess(values: ArrayLike<number>, body: WaterBody): Assessment {
	const given: Partial<Record<WaterIndicator, number>> = {};
	let parameters = 0;
	for (const p of CLASS_PARAMETERS) {
		const x = values[INDEX[p]]!;
		if (!Number.isNaN(x)) {
			given[p] = x;
			parameters++;
		}
	}
	const tn = values[INDEX.TN]!;
	const tnClass = Number.isNaN(tn) ? null : surfaceWaterIndicatorClass('TN', tn, body);
	if (parameters === 0) return { class: null, limiting: [], parameters, tnClass };
	const r = surfaceWaterClass(given, body);
	return { class: r.class, limiting: r.limiting as ClassParameter[], parameters, tnClass };
}

/**
 * Below the published resolution (the files print at most 3 decimals): a value this much worse than a published
 * value on a class limit falls in the next class.
 */
const EPSILON = 1e-9;

/**
 * The class `value` would have if it were a hair worse than published, when that differs from its class as
 * published — i.e. the value sits exactly on a class limit (GB 3838 limits are inclusive, STANDARDS.md §7) —
 * else null. Asks the engine at value ± 1e-9, so it knows no limit of its own: pH 6.00 → 劣V, DO 5.00 → IV,
 * TP 0.100 (river) → III, CODMn 2.00 → II.
 */
export function classJustBeyond(parameter: ClassParameter, value: number, body: WaterBody): WaterClass | null {
	const at = rank(surfaceWaterIndicatorClass(parameter, value, body));
	const below = value >= EPSILON ? rank(surfaceWaterIndicatorClass(parameter, value - EPSILON, body)) : at;
	const above = rank(surfaceWaterIndicatorClass(parameter, value + EPSILON, body));
	const worst = Math.max(below, above);
	return worst > at ? WATER_CLASSES[worst]! : null;
}

/** A disagreement: its cause and the parameters involved (see {@link disagreement}). */
export interface Disagreement {
	cause: DisagreementCause;
	/**
	 * `on_limit`: the parameter(s) on the limit; `network_better`: the parameters whose published values are worse
	 * than the network's class; otherwise empty. GB 3838 Table 1 order.
	 */
	parameters: ClassParameter[];
}

/**
 * Compares the network's class with the recomputed one; null when they agree or either is missing. `previous` is
 * the recomputed class of the station's reading 4 hours earlier (null/undefined if none). The cause is the first
 * rule that applies (DISAGREEMENT_CAUSES):
 * - `on_limit`: the network's class is worse, and one parameter sits exactly on a class limit as published such
 *   that a hair more would give the network's class (published values are rounded; the network evidently assessed
 *   the unrounded value);
 * - `previous_reading`: the network's class is the class recomputed from the same station's reading 4 hours earlier
 *   (in the files, a network class that disagrees matches the previous reading far more often than the next one:
 *   a class published with a lag);
 * - `network_worse`: the network's class is worse than every published parameter gives;
 * - `network_better`: the network's class is better than published parameters give.
 */
export function disagreement(
	network: WaterClass | null,
	assessment: Assessment,
	values: ArrayLike<number>,
	body: WaterBody,
	previous: WaterClass | null | undefined
): Disagreement | null {
	const own = assessment.class;
	if (network === null || own === null || network === own) return null;
	const n = rank(network);
	const classes = new Map<ClassParameter, number>();
	for (const p of CLASS_PARAMETERS) {
		const x = values[INDEX[p]]!;
		if (!Number.isNaN(x)) classes.set(p, rank(surfaceWaterIndicatorClass(p, x, body)));
	}
	if (n > rank(own)) {
		const onLimit = CLASS_PARAMETERS.filter((p) => {
			if (!classes.has(p)) return false;
			const beyond = classJustBeyond(p, values[INDEX[p]]!, body);
			if (beyond === null) return false;
			const worst = Math.max(rank(beyond), ...[...classes].filter(([q]) => q !== p).map(([, r]) => r));
			return worst === n;
		});
		if (onLimit.length) return { cause: 'on_limit', parameters: onLimit };
	}
	if (previous != null && previous === network) return { cause: 'previous_reading', parameters: [] };
	if (n > rank(own)) return { cause: 'network_worse', parameters: [] };
	return { cause: 'network_better', parameters: CLASS_PARAMETERS.filter((p) => (classes.get(p) ?? -1) > n) };
}
