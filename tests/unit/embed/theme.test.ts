import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { SERIES_COLOURS } from '../../../src/lib/charts/palette';

/** The embed's dark theme (src/lib/embed/theme.css): complete, the same for dark and auto, and readable. */
const css = readFileSync('src/lib/embed/theme.css', 'utf8');

/** The custom properties of the first rule with this selector. */
function tokens(selector: string): Record<string, string> {
	const at = css.indexOf(`${selector} {`);
	expect(at, selector).toBeGreaterThanOrEqual(0);
	const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
	return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('the dark theme', () => {
	const dark = tokens("html[data-theme='dark']");

	test('auto in a dark colour scheme is the same as dark', () => {
		expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*html\[data-theme='auto'\] \{/);
		expect(tokens("html[data-theme='auto']")).toEqual(dark);
	});

	test.each([
		{ token: '--ink', min: 12 },
		{ token: '--ink-muted', min: 7 },
		{ token: '--link', min: 7 },
		{ token: '--reference', min: 4.5 },
		{ token: '--better', min: 4.5 },
		{ token: '--worse', min: 4.5 }
	])('$token on the dark paper: contrast ≥ $min:1', ({ token, min }) => {
		expect(contrast(dark[token]!, dark['--paper']!)).toBeGreaterThanOrEqual(min);
	});

	test.each([...SERIES_COLOURS])('series colour %s is lightened, strokes and fills, in both rules', (light) => {
		for (const theme of ['dark', 'auto']) {
			const stroke = new RegExp(
				`html\\[data-theme='${theme}'\\] \\[stroke='${light}' i\\] \\{\\s*stroke: (#[0-9a-f]{6});`
			);
			const fill = new RegExp(`html\\[data-theme='${theme}'\\] \\[fill='${light}' i\\] \\{\\s*fill: (#[0-9a-f]{6});`);
			const lighter = stroke.exec(css)?.[1];
			expect(lighter, `${theme} stroke ${light}`).toBeDefined();
			expect(fill.exec(css)?.[1], `${theme} fill ${light}`).toBe(lighter);
			// Marks need 3:1 against their background (WCAG 1.4.11); these also carry 12 px labels' colour.
			expect(contrast(lighter!, dark['--paper']!)).toBeGreaterThanOrEqual(4.5);
		}
	});
});
