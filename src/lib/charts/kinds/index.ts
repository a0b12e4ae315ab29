import type { Dataset } from '../../data/types';
import type { Kind } from './kind';
import { line } from './line';
import { bar } from './bar';
import { calendar } from './calendar';
import { limits } from './limits';
import { multiples } from './multiples';
import { classGrid } from './class-grid';
import { shareBar } from './share-bar';
import { map } from './map';
import { classMonths } from './class-months';
import { classStrip } from './class-strip';
import { rankColumns } from './rank-columns';
import { figures } from './figures';

/**
 * The one table of chart kinds: each kind is a folder here (its model and builders, its component,
 * its localisation and its summary sentence), and this table names them. The union of chart models,
 * the dispatch in Chart.svelte and the server's localisation (src/lib/server/localizeChart.ts) all
 * derive from it. Adding a kind: a folder with an index.ts exporting `defineKind<YourModel>({ … })`,
 * and one line here (see README, "Adding a chart kind").
 */
export const KINDS = {
	line,
	bar,
	calendar,
	limits,
	multiples,
	'class-grid': classGrid,
	'share-bar': shareBar,
	'class-months': classMonths,
	'class-strip': classStrip,
	'rank-columns': rankColumns,
	figures,
	map
} as const;

type ModelOf<K> = K extends Kind<infer M> ? M : never;

/** Every chart model: the union of the kinds' models, told apart by `kind`. */
export type ChartModel = ModelOf<(typeof KINDS)[keyof typeof KINDS]>;

/** A chart kind's name. */
export type ChartKind = ChartModel['kind'];

/** A chart model of one kind. */
export type ModelOfKind<K extends ChartKind> = Extract<ChartModel, { kind: K }>;

/** The kind of a model, typed for that model. */
export const kindOf = <M extends ChartModel>(model: M): Kind<M> => KINDS[model.kind] as unknown as Kind<M>;

/**
 * A chart's declaration: its stable id and how it is built from the dataset (with which kind, from
 * which data). The registry (../registry.ts) lists every declaration, page by page.
 */
export interface ChartDefinition {
	id: string;
	build(dataset: Dataset): ChartModel;
}
