/**
 * Every slide of the year's work, in order (a category's parts, src/lib/work/parts.ts): for the deck
 * builder's catalogue. The default deck (./config.ts) shows two of them; each part is also an embed
 * (`/embed/<id>/`, the same id).
 */
import { WORK_PART_LIST } from '../work/parts';
import type { SlideSpec } from './config';

export type WorkSlideSpec = Extract<SlideSpec, { kind: 'work' }>;

export const WORK_SLIDES: readonly WorkSlideSpec[] = WORK_PART_LIST.map(({ id, category, part }) => ({
	id,
	kind: 'work',
	category,
	part
}));
