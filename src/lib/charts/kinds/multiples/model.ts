import type { Unit } from '../../../data/types';
import type { ChartBase, ModelText } from '../../model';

/** Small multiples: one small bar panel per measure, the same items (stations, sections) in each. */
export interface MultiplesChartModel extends ChartBase {
	kind: 'multiples';
	items: { id: string; label: ModelText }[];
	panels: {
		id: string;
		label: ModelText;
		unit: Unit;
		decimals: number;
		/** values[item]; null = no data (shown as missing, never as zero). */
		values: (number | null)[];
		reference: { value: number; label: ModelText } | null;
	}[];
	/** The panel the summary sentence describes, and the word for the items ("stations"). */
	summary: { panelId: string; itemsWord: ModelText };
}
