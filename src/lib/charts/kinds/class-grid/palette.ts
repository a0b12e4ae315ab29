import type { GridScheme } from './grid';

/**
 * Cell colours of the class grid, best class first: blue for the best classes through green, yellow
 * and orange to red for the worst, as Chinese bulletins colour water classes. Each fill has a text
 * colour with at least 4.5:1 contrast; every cell also carries its class as text, so colour is never
 * the only carrier.
 */
const SIX = [
	{ fill: '#1f5f9e', ink: '#ffffff' },
	{ fill: '#7db7e8', ink: '#15212b' },
	{ fill: '#5fb87f', ink: '#15212b' },
	{ fill: '#f2d04a', ink: '#15212b' },
	{ fill: '#f29a4a', ink: '#15212b' },
	{ fill: '#b8322a', ink: '#ffffff' }
] as const;

/** Five-step schemes skip the six-step scale's green (there is no "class III" middle). */
const FIVE = [SIX[0], SIX[1], SIX[3], SIX[4], SIX[5]] as const;

/** The fill and text colour of the class at `rank` (0 = best) in a scheme (GB 3097's five classes use the five-step scale). */
export function classColour(scheme: GridScheme | 'gb3097', rank: number): { fill: string; ink: string } {
	const scale = scheme === 'gb3838' ? SIX : FIVE;
	return scale[Math.max(0, Math.min(scale.length - 1, rank))]!;
}

/** The look of a year with no published class: a pale cell with a dashed edge and no text. */
export const EMPTY_CELL = { fill: '#f4f6f8', stroke: '#9aa5b1' } as const;
