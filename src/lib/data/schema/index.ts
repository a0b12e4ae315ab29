/**
 * One schema per table (src/lib/data/schema/): the columns and their cell rules, the CSV column order,
 * the record the site reads (its TypeScript type is inferred) and the way back to cells. The data
 * pipeline validates with it, the importers write with it, the catalogue's downloads are made with it,
 * and the site's types come from it (re-exported by $lib/data/types).
 */
export * from './air';
export * from './cells';
export * from './coast';
export * from './figures';
export * from './files';
export * from './geo';
export * from './ranges';
export * from './registry';
export * from './table';
export * from './vocabulary';
export * from './water';
export * from './work';
export * from './waterNetwork';
