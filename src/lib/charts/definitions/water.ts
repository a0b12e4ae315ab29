import type { ChartDefinition } from '../model';

/** Charts on the /water/ page (add definitions here; ids are stable once published). */
export const WATER_CHARTS: ChartDefinition[] = [];
