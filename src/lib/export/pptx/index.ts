/**
 * The PowerPoint export. Import it lazily, so no page loads pptxgenjs until a reader asks for a file:
 *   const { buildPptx, PPTX_TYPE } = await import('$lib/export/pptx');
 * Types can be imported statically (`import type { DeckSpec } from '$lib/export/pptx/spec'`).
 */
export { buildPptx, PPTX_TYPE, SHAPE, type BuildOptions, type Rasterise } from './build';
export { DeckSpecError, deckProblems, type SpecProblem } from './validate';
export { SlideLayoutError } from './layout';
export * from './spec';
