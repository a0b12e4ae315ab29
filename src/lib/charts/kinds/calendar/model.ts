import type { CalendarDay } from '../../../air/daily';
import type { ChartBase } from '../../model';

export type { CalendarDay } from '../../../air/daily';

/** A year of daily AQI in the official colours; `from`…`to` is what the data cover (a partial year covers less). */
export interface CalendarChartModel extends ChartBase {
	kind: 'calendar';
	year: number;
	from: string;
	to: string;
	/** Every day from `from` to `to`, in order. */
	days: CalendarDay[];
	/** The HJ 633 edition the days' AQI follow. */
	edition: '2012' | '2026';
}
