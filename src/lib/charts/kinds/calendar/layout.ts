/**
 * Pure layout and keyboard logic of the daily calendar: each month is a small calendar (weeks down,
 * weekdays across, Monday first, as Chinese calendars print), months placed in a grid whose number
 * of columns follows the available width. Dates are ISO 'YYYY-MM-DD' strings, computed in UTC so the
 * result never depends on the reader's time zone.
 */

const DAY_MS = 86_400_000;

const toTime = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The date `n` days after `date` (negative: before). */
export function addDays(date: string, n: number): string {
	return fromTime(toTime(date) + n * DAY_MS);
}

/** Every date from `from` to `to` inclusive; empty when `to` is before `from`. */
export function dateRange(from: string, to: string): string[] {
	const out: string[] = [];
	for (let t = toTime(from); t <= toTime(to); t += DAY_MS) out.push(fromTime(t));
	return out;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Weekday with Monday = 0 … Sunday = 6. */
export function weekdayMondayFirst(date: string): number {
	return (new Date(toTime(date)).getUTCDay() + 6) % 7;
}

/** A day's place in its month's small calendar: column = weekday (Monday first), row = week of the month. */
export function monthPosition(date: string): { month: number; col: number; row: number } {
	const month = +date.slice(5, 7);
	const day = +date.slice(8, 10);
	const first = weekdayMondayFirst(`${date.slice(0, 8)}01`);
	return { month, col: (first + day - 1) % 7, row: Math.floor((first + day - 1) / 7) };
}

/** Number of week rows a month needs (4–6). */
export function weeksInMonth(year: number, month: number): number {
	const first = weekdayMondayFirst(`${year}-${String(month).padStart(2, '0')}-01`);
	return Math.ceil((first + daysInMonth(year, month)) / 7);
}

/** The months (1–12) that the range from…to touches within `year`. */
export function monthsCovered(year: number, from: string, to: string): number[] {
	const months: number[] = [];
	for (let month = 1; month <= 12; month++) {
		const start = `${year}-${String(month).padStart(2, '0')}-01`;
		const end = `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
		if (end >= from && start <= to) months.push(month);
	}
	return months;
}

/**
 * How many months side by side fit in `width` px: the largest of 6, 4, 3, 2 (divisors of 12, so
 * rows stay full) that leaves each month at least `minMonthWidth` px, never more than there are months.
 */
export function monthColumns(width: number, monthCount: number, minMonthWidth = 104): number {
	const fits = [6, 4, 3, 2].find((c) => width / c >= minMonthWidth) ?? 2;
	return Math.max(1, Math.min(fits, monthCount));
}

export interface CalendarCellLayout {
	date: string;
	x: number;
	y: number;
}

export interface CalendarMonthLayout {
	month: number;
	x: number;
	y: number;
	/** Top of the weekday header row (when shown) and of the first week row. */
	headerY: number;
	gridY: number;
}

export interface CalendarLayout {
	cell: number;
	gap: number;
	columns: number;
	width: number;
	height: number;
	showWeekdays: boolean;
	months: CalendarMonthLayout[];
	/** Every day of every month shown (including days outside the data's range), in date order. */
	cells: CalendarCellLayout[];
}

/** A short record's cells (`grow`, at most GROW_MONTHS months) are at most this size. */
export const GROW_MAX_CELL = 44;
export const GROW_MONTHS = 2;

/**
 * Places every day of the months covered by from…to in `width` px. Cells are squares of `cell` px
 * (at most `maxCell`), `gap` px apart; each month has a title line and, when cells are large enough,
 * a weekday header. Rows of months are as tall as their tallest month.
 *
 * `grow` (an embed, where the calendar is the content): a record of at most GROW_MONTHS months is drawn
 * with cells up to GROW_MAX_CELL, its months side by side or one under the other, whichever draws the
 * larger cells (side by side on a tie), instead of two thumbnails at a year's cell size.
 */
export function calendarLayout(
	year: number,
	from: string,
	to: string,
	width: number,
	options: { maxCell?: number; gap?: number; titleHeight?: number; grow?: boolean } = {}
): CalendarLayout {
	const months = monthsCovered(year, from, to);
	const gap = options.gap ?? 2;
	const titleHeight = options.titleHeight ?? 20;
	const monthGap = 12;
	const grow = options.grow === true && months.length <= GROW_MONTHS;
	const maxCell = grow ? GROW_MAX_CELL : (options.maxCell ?? 26);
	const cellAt = (columns: number) =>
		Math.max(6, Math.min(maxCell, Math.floor(((width - monthGap * (columns - 1)) / columns - gap * 6) / 7)));
	const columns = grow ? (months.length > 1 && cellAt(2) >= cellAt(1) ? 2 : 1) : monthColumns(width, months.length);
	const monthWidth = (width - monthGap * (columns - 1)) / columns;
	const cell = cellAt(columns);
	const showWeekdays = cell >= 13;
	const weekdayHeight = showWeekdays ? Math.max(12, Math.round(cell * 0.7)) : 0;
	const pitch = cell + gap;
	// When cells hit their maximum size, months sit side by side at their natural width (not spread out).
	const step = Math.min(monthWidth, 7 * pitch - gap + 20) + monthGap;

	const outMonths: CalendarMonthLayout[] = [];
	const cells: CalendarCellLayout[] = [];
	let y = 0;
	for (let start = 0; start < months.length; start += columns) {
		const rowMonths = months.slice(start, start + columns);
		const weeks = Math.max(...rowMonths.map((m) => weeksInMonth(year, m)));
		rowMonths.forEach((month, i) => {
			const x = i * step;
			const headerY = y + titleHeight;
			const gridY = headerY + weekdayHeight;
			outMonths.push({ month, x, y, headerY, gridY });
			const mm = String(month).padStart(2, '0');
			for (let day = 1; day <= daysInMonth(year, month); day++) {
				const date = `${year}-${mm}-${String(day).padStart(2, '0')}`;
				const p = monthPosition(date);
				cells.push({ date, x: x + p.col * pitch, y: gridY + p.row * pitch });
			}
		});
		y += titleHeight + weekdayHeight + weeks * pitch - gap + 14;
	}
	return { cell, gap, columns, width, height: Math.max(0, y - 14), showWeekdays, months: outMonths, cells };
}

/**
 * The date a key moves to from `date`, kept within from…to (roving focus in the calendar):
 * ←/→ one day, ↑/↓ one week, Home/End the first/last day of that week, PageUp/PageDown one month,
 * Ctrl/⌘+Home/End the first/last day with data. Returns null for any other key.
 */
export function moveDate(
	date: string,
	key: string,
	from: string,
	to: string,
	modifiers: { ctrl?: boolean } = {}
): string | null {
	let next: string;
	switch (key) {
		case 'ArrowLeft':
			next = addDays(date, -1);
			break;
		case 'ArrowRight':
			next = addDays(date, 1);
			break;
		case 'ArrowUp':
			next = addDays(date, -7);
			break;
		case 'ArrowDown':
			next = addDays(date, 7);
			break;
		case 'Home':
			next = modifiers.ctrl ? from : addDays(date, -weekdayMondayFirst(date));
			break;
		case 'End':
			next = modifiers.ctrl ? to : addDays(date, 6 - weekdayMondayFirst(date));
			break;
		case 'PageUp':
		case 'PageDown': {
			const y = +date.slice(0, 4);
			const m = +date.slice(5, 7) + (key === 'PageUp' ? -1 : 1);
			const year = m < 1 ? y - 1 : m > 12 ? y + 1 : y;
			const month = m < 1 ? 12 : m > 12 ? 1 : m;
			const day = Math.min(+date.slice(8, 10), daysInMonth(year, month));
			next = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
			break;
		}
		default:
			return null;
	}
	if (next < from) return from;
	if (next > to) return to;
	return next;
}
