import type { ChartDefinition } from '../model';

/** Charts on the /coast/ page (add definitions here; ids are stable once published). */
export const COAST_CHARTS: ChartDefinition[] = [];
