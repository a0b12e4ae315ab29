/**
 * What the two file formats call things (../shared/sources/cnemc-water/SOURCES.md): header names, station
 * statuses, the class symbols, the cells that stand for "no value". Pure module: no I/O.
 */
import { WATER_DECIMALS, WATER_PARAMETERS, type WaterParameter } from '../../data/schema/waterNetwork';
import type { WaterClass } from '../../standards/index';

/** The two formats: the GB18030 CSV snapshots, and the spreadsheet (xlsx) snapshots with their own header. */
export type InputFormat = 'csv-snapshots' | 'xlsx-snapshots';

/** Fields of one row, whatever the format calls them. */
export type Field = 'snapshot' | 'province' | 'basin' | 'station' | 'time' | 'networkClass' | 'status' | WaterParameter;

/** Every field once; a header must name each exactly once. */
export const FIELDS: readonly Field[] = [
	'snapshot',
	'province',
	'basin',
	'station',
	'time',
	'networkClass',
	...WATER_PARAMETERS,
	'status'
];

/**
 * Header names of each format (SOURCES.md "Original columns"; the spreadsheets say PH, 高锰酸钾指数, 站点信息 and
 * give no units). `snapshot` is the extraction's own first column (the time in the original file's name).
 */
export const HEADER_NAMES: Readonly<Record<InputFormat, Readonly<Record<string, Field>>>> = {
	'csv-snapshots': {
		snapshot: 'snapshot',
		省份: 'province',
		流域: 'basin',
		断面名称: 'station',
		监测时间: 'time',
		水质类别: 'networkClass',
		'水温(℃)': 'water_temp',
		'pH(无量纲)': 'pH',
		'溶解氧(mg/L)': 'DO',
		'电导率(μS/cm)': 'conductivity',
		'浊度(NTU)': 'turbidity',
		'高锰酸盐指数(mg/L)': 'CODMn',
		'氨氮(mg/L)': 'NH3N',
		'总磷(mg/L)': 'TP',
		'总氮(mg/L)': 'TN',
		'叶绿素α(mg/L)': 'chlorophyll',
		'藻密度(cells/L)': 'algae',
		站点情况: 'status'
	},
	'xlsx-snapshots': {
		snapshot: 'snapshot',
		省份: 'province',
		流域: 'basin',
		断面名称: 'station',
		时间: 'time',
		水质类别: 'networkClass',
		水温: 'water_temp',
		PH: 'pH',
		溶解氧: 'DO',
		电导率: 'conductivity',
		浊度: 'turbidity',
		高锰酸钾指数: 'CODMn',
		氨氮: 'NH3N',
		总磷: 'TP',
		总氮: 'TN',
		叶绿素: 'chlorophyll',
		藻密度: 'algae',
		站点信息: 'status'
	}
};

/** The only province the files hold (SOURCES.md: "only Fujian rows were kept"). */
export const PROVINCE = '福建省';

/** Station statuses (SOURCES.md): only `正常` (normal operation) gives readings to assess. */
export const STATUSES = ['正常', '维护', '不具备运行条件'] as const;
/** One of {@link STATUSES}. */
export type Status = (typeof STATUSES)[number];
/** English names of the statuses, for the provenance and the CLI. */
export const STATUS_EN: Readonly<Record<Status, string>> = {
	正常: 'normal operation',
	维护: 'maintenance',
	不具备运行条件: 'not fit to operate'
};

/** The network's class symbols (Roman numerals U+2160…) → the engine's class codes. */
export const CLASS_SYMBOLS: Readonly<Record<string, WaterClass>> = {
	Ⅰ: 'I',
	Ⅱ: 'II',
	Ⅲ: 'III',
	Ⅳ: 'IV',
	Ⅴ: 'V',
	劣Ⅴ: '劣V'
};

/** Class cells that mean "the network gave no class": empty, or `-`. */
export const NO_CLASS = ['', '-'] as const;

/**
 * WaterParameter cells that are not numbers, and what each means (counted per column in the provenance):
 * `*` = the station does not measure the parameter (SOURCES.md); `--` = no value published for this reading;
 * an empty cell is treated like `--`.
 */
export const NOT_A_VALUE = { '*': 'not measured', '--': 'not published', '': 'empty cell' } as const;
/** One of the keys of {@link NOT_A_VALUE}. */
export type NotAValue = keyof typeof NOT_A_VALUE;

/**
 * What the values of each parameter look like in the network's publication: the number of decimals it prints
 * (pH 7.05, NH3N 0.142, …) and the band the median of a file's values must fall in. A header that names the
 * wrong column shows here: TP (3 decimals, median ≈ 0.07 mg/L) and TN (2 decimals, ≈ 1.7 mg/L) cannot pass for
 * each other, nor can conductivity (median ≈ 130 µS/cm) and turbidity (≈ 12 NTU). Pairs with the same decimals and
 * overlapping medians (NH3N/TP, CODMn/TN, pH/DO) cannot be told apart by their values; DO above 14 fails pH's
 * plausibility limit, the rest rely on the header. Checked per file on parameters with at least {@link SIGNATURE_MIN_VALUES} values; the dominant
 * decimal count must be the one given (a few shorter values, like 0.1 for 0.100, are allowed).
 */
export const SIGNATURE: Readonly<Record<WaterParameter, { decimals: number; median: readonly [number, number] }>> = {
	water_temp: { decimals: WATER_DECIMALS.water_temp, median: [5, 35] },
	pH: { decimals: WATER_DECIMALS.pH, median: [5, 9.5] },
	DO: { decimals: WATER_DECIMALS.DO, median: [2, 15] },
	conductivity: { decimals: WATER_DECIMALS.conductivity, median: [30, 20_000] },
	turbidity: { decimals: WATER_DECIMALS.turbidity, median: [0.5, 150] },
	CODMn: { decimals: WATER_DECIMALS.CODMn, median: [0.5, 15] },
	NH3N: { decimals: WATER_DECIMALS.NH3N, median: [0.01, 3] },
	TP: { decimals: WATER_DECIMALS.TP, median: [0.005, 1] },
	TN: { decimals: WATER_DECIMALS.TN, median: [0.2, 20] },
	chlorophyll: { decimals: WATER_DECIMALS.chlorophyll, median: [0.0001, 1] },
	algae: { decimals: WATER_DECIMALS.algae, median: [1_000, 1e9] }
};

/** Fewer values than this in a file: the column's signature is not checked (too few to judge). */
export const SIGNATURE_MIN_VALUES = 50;
