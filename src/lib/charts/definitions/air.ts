import type { ChartDefinition } from '../model';

/** Charts on the /air/ page (add definitions here; ids are stable once published). */
export const AIR_CHARTS: ChartDefinition[] = [];
