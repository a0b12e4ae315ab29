import { defineKind } from '../kind';
import ShareBarChart from './ShareBarChart.svelte';
import type { ShareBarChartModel } from './model';
import { shareBarSummary } from './summary';

export type { ShareBarChartModel } from './model';

/** A few published shares, each its own 0–100% bar with its own year. */
export const shareBar = defineKind<ShareBarChartModel>({ component: ShareBarChart, summary: shareBarSummary });
