import { defineKind } from '../kind';
import CalendarChart from './CalendarChart.svelte';
import type { CalendarChartModel } from './model';
import { calendarSummary } from './summary';

export type { CalendarChartModel, CalendarDay } from './model';

/** A year of daily AQI as small month calendars in the official colours; the days' keys and tooltips. */
export const calendar = defineKind<CalendarChartModel>({ component: CalendarChart, summary: calendarSummary });
