import type { ChartDefinition } from '../model';

/** Charts on the /map/ page (add definitions here; ids are stable once published). */
export const MAP_CHARTS: ChartDefinition[] = [];
