/** The real dataset (data/ through the pipeline) and its map model, shared by the map tests. */
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { buildMapData } from '../../../src/lib/map/layers';
import { ROOT } from '../pipeline/geo/load';
import { join } from 'node:path';

export const realDataset = buildDataset(directoryReader(join(ROOT, 'data'))).dataset;
export const realMap = buildMapData(realDataset);
export const realSources = Object.fromEntries(realDataset.sources.map((s) => [s.id, s]));
