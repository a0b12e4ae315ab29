/**
 * Geometry of the `class-strip` kind, pure: every 4-hourly reading of a station as one slot of a strip, one
 * strip (row) per month, the month's days across and each day's six slots (00:00 … 20:00) side by side, so that
 * consecutive readings are consecutive slots. Drawn compactly (a month is 186 slots, a station ~2,500 readings,
 * and every byte of a page's HTML counts, issue 13): one path per class whose `d` holds a horizontal segment per
 * run of consecutive slots of that class (drawn with a stroke as thick as a row), in integer units (one slot = 1
 * unit, a row `ROW` units high, rows `PITCH` apart, a year further apart by `YEAR_GAP`). A slot without a reading,
 * or whose reading has no class, is not drawn: the row's hatched background (`background`) shows it as a gap.
 */

import { monthsBetween } from '../../../water/story';

/** Readings a day: one every 4 hours, 00:00 to 20:00. */
export const SLOTS_PER_DAY = 6;
/** Units of one row (the stroke's width) and from a row's top to the next's. */
export const ROW = 4;
export const PITCH = 6;
/** Extra units between the last month of a year and the first of the next. */
export const YEAR_GAP = 4;

export interface StripReading {
	/** YYYY-MM-DDTHH:MM, on the hour of a 4-hourly slot. */
	time: string;
	/** The class's rank (0 = best); null: a reading without a class (left as a gap). */
	rank: number | null;
}

export interface StripRow {
	/** YYYY-MM */
	month: string;
	/** Top of the row, in units. */
	y: number;
	days: number;
}

export interface StripLayout {
	rows: StripRow[];
	/** `d` of each class's path, by rank (empty when the class has no reading): `M{x} {y}h{length}` per run. */
	paths: string[];
	/** `d` of the rows' backgrounds (each month's days, the gaps showing through). */
	background: string;
	/** Width (31 days of slots) and height of the whole, in units. */
	width: number;
	height: number;
}

const daysIn = (month: string) =>
	new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** A reading's slot in its month's row: (day − 1) × 6 + hour ÷ 4; an error for a time off the 4-hourly grid. */
export function slotOf(time: string): number {
	const match = /^\d{4}-\d{2}-(\d{2})T(\d{2}):(\d{2})$/.exec(time);
	const hour = match ? Number(match[2]) : NaN;
	if (!match || hour % 4 !== 0 || match[3] !== '00')
		throw new Error(
			`class strip: reading time ${JSON.stringify(time)} is not a 4-hourly slot (YYYY-MM-DDTHH:00, HH 00–20 by 4)`
		);
	return (Number(match[1]) - 1) * SLOTS_PER_DAY + hour / 4;
}

/**
 * The rows from the first reading's month to the last's (a month without readings is a row of gaps) and the
 * runs of each of `classes` classes: consecutive slots of the same row with the same class make one run; a
 * missing slot, a reading without a class, a change of class or of month ends it. Readings must be in time
 * order, one per time.
 */
export function classStripLayout(readings: StripReading[], classes: number): StripLayout {
	if (readings.length === 0)
		return {
			rows: [],
			paths: Array.from({ length: classes }, () => ''),
			background: '',
			width: 31 * SLOTS_PER_DAY,
			height: 0
		};
	const months = monthsBetween(readings[0]!.time.slice(0, 7), readings.at(-1)!.time.slice(0, 7));
	const rows: StripRow[] = [];
	let y = 0;
	months.forEach((month, i) => {
		if (i > 0 && month.endsWith('-01')) y += YEAR_GAP;
		rows.push({ month, y, days: daysIn(month) });
		y += PITCH;
	});
	const rowOf = new Map(rows.map((r) => [r.month, r]));
	const paths: string[][] = Array.from({ length: classes }, () => []);
	let run: { row: StripRow; rank: number; start: number; end: number } | null = null;
	const close = () => {
		if (run) paths[run.rank]!.push(`M${run.start} ${run.row.y + ROW / 2}h${run.end - run.start + 1}`);
		run = null;
	};
	let previous = '';
	for (const r of readings) {
		if (r.time <= previous)
			throw new Error(`class strip: readings out of order or repeated at ${r.time} (after ${previous})`);
		previous = r.time;
		const row = rowOf.get(r.time.slice(0, 7))!;
		const slot = slotOf(r.time);
		if (r.rank !== null && (r.rank < 0 || r.rank >= classes || !Number.isInteger(r.rank)))
			throw new Error(`class strip: reading at ${r.time} has class rank ${r.rank}, not 0–${classes - 1}`);
		const current = run as { row: StripRow; rank: number; start: number; end: number } | null;
		if (current && current.row === row && current.rank === r.rank && current.end === slot - 1) {
			current.end = slot;
			continue;
		}
		close();
		if (r.rank !== null) run = { row, rank: r.rank, start: slot, end: slot };
	}
	close();
	return {
		rows,
		paths: paths.map((p) => p.join('')),
		background: rows.map((r) => `M0 ${r.y}h${r.days * SLOTS_PER_DAY}v${ROW}H0z`).join(''),
		width: 31 * SLOTS_PER_DAY,
		height: y - (PITCH - ROW)
	};
}
