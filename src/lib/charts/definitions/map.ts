import type { ChartDefinition } from '../kinds';
import { xiamenMap } from '../kinds/map/build';

/** Charts on the /map/ page (ids are stable once published). */
export const MAP_CHARTS: ChartDefinition[] = [{ id: 'map-xiamen', build: (d) => xiamenMap(d, 'map-xiamen', 'map') }];
