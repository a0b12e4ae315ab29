/**
 * Where each table lives under data/ and whether it may be missing or empty. A table that is not
 * optional and is missing, or has a header and no rows, is an error naming the file: a deleted or
 * emptied table never passes unnoticed.
 */
import { aqistudyTable, annualTable, dailyCityTable, dailyStationTable, stationTable, suspectHourTable } from './air';
import { seaAreaStatusTable, seaAreaTable } from './coast';
import { figureTable } from './figures';
import { placeWgs84Table, stationWgs84Table } from './geo';
import { glossaryTable, metricTable, problemTable, scopeTable, sourceTable } from './registry';
import type { Columns, TableSchema } from './table';
import { DOMAINS, type Domain } from './vocabulary';
import { siteTable, waterClassTable, waterStatusTable } from './water';
import { qualifierTable, workCategoryTable, workTable, workUnitTable } from './work';
import {
	waterDisagreementTable,
	waterInputTable,
	waterMonthTable,
	waterReadingTable,
	waterStationTable
} from './waterNetwork';

/** A table file: its path under data/, its schema, and whether it may be missing or empty. */
export interface DataTable<C extends Columns, R> {
	path: string;
	schema: TableSchema<C, R>;
	optional: boolean;
}

const at = <C extends Columns, R>(path: string, schema: TableSchema<C, R>, optional = false): DataTable<C, R> => ({
	path,
	schema,
	optional
});

/** Every table of data/ but the published figures (one file per domain, {@link figureFile}). */
export const DATA_TABLES = {
	sources: at('sources.csv', sourceTable),
	metrics: at('metrics.csv', metricTable),
	scopes: at('scopes.csv', scopeTable),
	sites: at('sites.csv', siteTable),
	waterClasses: at('classes/water.csv', waterClassTable),
	waterStatuses: at('classes/water-status.csv', waterStatusTable),
	problems: at('text/problems.csv', problemTable),
	priorities: at('text/priorities.csv', problemTable),
	glossary: at('text/glossary.csv', glossaryTable),
	qualifiers: at('text/qualifiers.csv', qualifierTable),
	work: at('work.csv', workTable),
	workCategories: at('work-categories.csv', workCategoryTable),
	workUnits: at('work-units.csv', workUnitTable),
	stations: at('stations.csv', stationTable),
	seaAreas: at('sea-areas.csv', seaAreaTable),
	seaAreaStatuses: at('classes/sea-areas.csv', seaAreaStatusTable),
	dailyCity: at('derived/air-daily-city.csv', dailyCityTable),
	dailyStations: at('derived/air-daily-stations.csv', dailyStationTable),
	dailyThirdParty: at('derived/air-daily-aqistudy.csv', aqistudyTable),
	annual: at('derived/air-annual-computed.csv', annualTable),
	suspectHours: at('derived/air-hourly-suspect.csv', suspectHourTable, true),
	stationsWgs84: at('geo/stations-wgs84.csv', stationWgs84Table),
	places: at('geo/places-wgs84.csv', placeWgs84Table),
	waterReadingsXiamen: at('derived/water-readings-xiamen.csv', waterReadingTable),
	waterMonths: at('derived/water-monthly.csv', waterMonthTable),
	waterDisagreements: at('derived/water-disagreements.csv', waterDisagreementTable),
	waterStations: at('derived/water-stations.csv', waterStationTable),
	waterInputs: at('derived/water-inputs.csv', waterInputTable)
};

/**
 * Derived tables the site does not read, so `npm run data` does not load them: the Jiulong River readings
 * (15,000 rows; the site shows those stations through water-monthly.csv). They are validated against their
 * schema whenever the importer merges into them, and the committed file round-trips through it (a test).
 */
export const IMPORT_ONLY_TABLES = {
	waterReadingsJiulong: at('derived/water-readings-jiulong.csv', waterReadingTable)
};

/**
 * data/figures/<domain>.csv: the published figures of one domain. Required for every domain that
 * data/metrics.csv gives metrics (an emptied or deleted air.csv is an error), optional for the others;
 * no other file belongs in data/figures/.
 */
export const figureFile = (domain: Domain, optional = false) => at(`figures/${domain}.csv`, figureTable, optional);
export const FIGURE_FILES = DOMAINS.map((d) => figureFile(d));
