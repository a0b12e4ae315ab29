import type { ChartDefinition } from '../model';

/** Charts on the /litter/ page (add definitions here; ids are stable once published). */
export const LITTER_CHARTS: ChartDefinition[] = [];
