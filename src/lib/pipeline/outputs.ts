import type { Dataset } from '../data/types';

/**
 * The files `npm run data` writes into src/lib/generated/, one JSON file per part of the dataset,
 * so that each page's load function imports only what it shows. Output is deterministic: the same
 * tables always give byte-identical files.
 */
export function datasetFiles(dataset: Dataset): Record<string, string> {
	const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;
	return {
		'sources.json': json(dataset.sources),
		'metrics.json': json(dataset.metrics),
		'figures.json': json(dataset.figures),
		'derived.json': json(dataset.derived),
		'sites.json': json(dataset.sites),
		'water-classes.json': json(dataset.waterClasses),
		'problems.json': json(dataset.problems),
		'priorities.json': json(dataset.priorities),
		'glossary.json': json(dataset.glossary),
		'sea-areas.json': json(dataset.seaAreas),
		'sea-area-statuses.json': json(dataset.seaAreaStatuses),
		'air-daily.json': json(dataset.monitoring.dailyCity),
		'air-stations-daily.json': json(dataset.monitoring.dailyStations),
		'air-aqistudy-daily.json': json(dataset.monitoring.dailyThirdParty),
		'air-annual-computed.json': json(dataset.monitoring.annualComputed),
		'stations.json': json(dataset.monitoring.stations),
		'places.json': json(dataset.monitoring.places),
		'map.json': `${JSON.stringify(dataset.monitoring.map)}\n`,
		'water-statuses.json': json(dataset.waterStatuses)
	};
}
