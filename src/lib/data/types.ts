/**
 * Shapes of the dataset the pipeline writes (src/lib/generated/dataset.json) and the site loads
 * ($lib/server/dataset). The record of each table is inferred from its schema (src/lib/data/schema/);
 * what is defined here is how the tables come together.
 */
import type {
	AnnualRecord,
	StationEntry,
	StationPoint,
	WaterDisagreement,
	WaterInput,
	WaterMonth,
	WaterReadingPoint,
	WaterStation
} from './schema';

export type {
	DailyAir,
	DailyStationAir,
	DailyThirdParty,
	DailyValueKey,
	Domain,
	Figure,
	GlossaryTerm,
	Metric,
	Place,
	Problem,
	Reliability,
	Scope,
	SeaArea,
	SeaAreaStatus,
	Site,
	Source,
	SourceKind,
	SuspectHour,
	Unit,
	WaterClass,
	WaterClassFigure,
	WorkCategory,
	WorkFigure,
	WorkPairRef,
	WorkUnit,
	DocumentQualifier,
	Distinction,
	QualifierSubjectKind,
	WrittenQualifier,
	WaterDisagreement,
	WaterInput,
	WaterMonth,
	WaterReading,
	WaterReadingPoint,
	WaterStation,
	WaterStatus
} from './schema';
import type {
	DocumentQualifier,
	WorkCategory,
	WorkFigure,
	WorkUnit,
	DailyAir,
	DailyStationAir,
	DailyThirdParty,
	Figure,
	GlossaryTerm,
	Metric,
	Place,
	Problem,
	Scope,
	SeaArea,
	SeaAreaStatus,
	Site,
	Source,
	SuspectHour,
	Unit,
	WaterClassFigure,
	WaterStatus
} from './schema';

/**
 * A value computed from published figures (e.g. last year's rate from this year's rate and its
 * change). Never shown without the word "derived" and the figures it came from.
 */
export interface DerivedFigure {
	year: number;
	metric: string;
	value: number;
	decimals: number;
	unit: Unit;
	scope: string;
	method: 'minus_change_pt' | 'divide_by_change_pct' | 'add_places_gained' | 'minus_change_abs';
	/** Origins (`file:line`) of the figures it was computed from. */
	from: string[];
	sourceIds: string[];
}

/** Annual statistics computed from the daily values (HJ 663), with the source ids of the year's days. */
export type AnnualComputed = AnnualRecord & { sourceIds: string[] };

/**
 * A national air-monitoring station (data/stations.csv) placed in WGS-84 (data/geo/stations-wgs84.csv;
 * see data/geo/README.md for the datum decision): `lat`/`lon` are WGS-84, `source` the listed point.
 */
export type Station = Omit<StationEntry, 'listed'> &
	Pick<StationPoint, 'lat' | 'lon' | 'source' | 'conversion' | 'shiftM'> & {
		/** The geo build's note on the datum (stations-wgs84.csv `note`). */
		datumNote: string;
	};

/** The map's geometry (the project's own TopoJSON) and the note every map must show. */
export interface MapData {
	topology: unknown;
	attribution: { zh: string; en: string; replace_before_official_publication: string };
}

/** The monitoring and map part of the generated data. */
export interface MonitoringDataset {
	dailyCity: DailyAir[];
	dailyStations: DailyStationAir[];
	dailyThirdParty: DailyThirdParty[];
	annualComputed: AnnualComputed[];
	/** Hourly values the importer flagged as suspect and left out of the statistics. */
	suspectHours: SuspectHour[];
	stations: Station[];
	places: Place[];
	map: MapData;
}

/**
 * The national surface-water automatic network's tables (data/derived/water-*.csv), as the site needs them.
 * Everything here is computed from the network's instantaneous 4-hourly readings: never a section's official
 * monthly or annual assessment.
 */
export interface WaterNetworkDataset {
	/** The source ids the tables cite (data/derived/water-inputs.csv). */
	sourceIds: string[];
	/**
	 * Every reading of Xiamen's station (the station of group `xiamen`, 隘头潭) taken in normal operation, in
	 * time order, with the columns the charts and tables need (the full readings are in data/derived/).
	 */
	xiamenReadings: WaterReadingPoint[];
	/** Every Fujian station's months: class counts, agreement, limiting parameters, statistics. */
	months: WaterMonth[];
	/** Every station name's totals, with its group (xiamen, jiulong, fujian). */
	stations: WaterStation[];
	/** Every reading where the network's class and the recomputed one differ, with the cause. */
	disagreements: WaterDisagreement[];
	/** The input files the tables were computed from. */
	inputs: WaterInput[];
}

/** Everything `npm run data` writes. */
export interface Dataset {
	sources: Source[];
	metrics: Metric[];
	/** What a figure's scope may be (data/scopes.csv). */
	scopes: Scope[];
	figures: Figure[];
	derived: DerivedFigure[];
	sites: Site[];
	waterClasses: WaterClassFigure[];
	problems: Problem[];
	/** Work the founding document names on those problems (data/text/priorities.csv). */
	priorities: Problem[];
	/** The glossary (data/text/glossary.csv). */
	glossary: GlossaryTerm[];
	seaAreas: SeaArea[];
	seaAreaStatuses: SeaAreaStatus[];
	monitoring: MonitoringDataset;
	waterStatuses: WaterStatus[];
	/** The work figures of the founding document (data/work.csv), in file order. */
	work: WorkFigure[];
	/** The categories of work, in display order (data/work-categories.csv). */
	workCategories: WorkCategory[];
	/** The units work figures use (data/work-units.csv). */
	workUnits: WorkUnit[];
	/** The founding document's own qualifiers of its figures (data/text/qualifiers.csv). */
	qualifiers: DocumentQualifier[];
	/** The surface-water network's readings, months and stations (issue 16). */
	waterNetwork: WaterNetworkDataset;
}
