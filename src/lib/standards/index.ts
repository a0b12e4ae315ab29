/**
 * Standards engine: pure functions for HJ 633 (AQI), GB 3095 limits, HJ 663 statistics, the city composite index,
 * GB 3838-2002 surface water and GB 3097-1997 seawater classes. Rules and sources: the project's STANDARDS.md
 * (clauses cited as "STANDARDS.md §n"); where the standards are silent, its §7 project rules apply.
 * Pure TypeScript: no DOM, no I/O.
 */
export type { Averaging, Pollutant, Version } from './types';
export { POLLUTANTS } from './types';
export { versionFor, VERSION_2026_FROM } from './version';
export { roundHalfEven } from './gbt8170';
export type { BreakpointColumn, BreakpointTable } from './breakpoints';
export { BREAKPOINTS, BREAKPOINTS_2012, BREAKPOINTS_2026, IAQI_LEVELS, breakpointsFor } from './breakpoints';
export { IAQI_CAP, iaqi, roundConcentration } from './aqi';
export type { AqiCategory, AqiCategoryBand } from './aqiCategory';
export { AQI_CATEGORIES, aqiCategory } from './aqiCategory';
export type { DailyAqi, DailyIndicator } from './dailyAqi';
export { dailyAqi } from './dailyAqi';
export { percentile } from './percentile';
export type { Limits, LimitsEdition } from './limits';
export { LIMITS, LIMIT_STATISTIC, TRANSITION_UNTIL, limitsFor } from './limits';
export type { CompositeInputs } from './compositeIndex';
export { compositeIndex } from './compositeIndex';
export type { SurfaceWaterResult, WaterBody, WaterClass, WaterIndicator } from './surfaceWaterClass';
export {
	SURFACE_WATER_DO,
	SURFACE_WATER_LIMITS,
	SURFACE_WATER_PH,
	WATER_CLASSES,
	WATER_INDICATORS,
	setsSurfaceWaterClass,
	surfaceWaterClass,
	surfaceWaterIndicatorClass
} from './surfaceWaterClass';
export type { SeaClass, SeaIndicator, SeawaterResult } from './seawaterClass';
export {
	SEAWATER_DO,
	SEAWATER_LIMITS,
	SEAWATER_PH,
	SEA_CLASSES,
	SEA_INDICATORS,
	seawaterClass,
	seawaterIndicatorClass
} from './seawaterClass';
