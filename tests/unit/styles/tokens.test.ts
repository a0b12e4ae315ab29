import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { SERIES_COLOURS } from '../../../src/lib/charts/palette';

/** The design tokens and the dark high-contrast theme (src/lib/styles/tokens.css). */
const css = readFileSync('src/lib/styles/tokens.css', 'utf8');

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

const SYSTEM = "html:not([data-theme='light'], [data-theme='dark'])";

describe('the dark high-contrast theme', () => {
	const light = tokens(':root');
	const high = tokens("html[data-theme='contrast']");

	test('every colour token of the light theme has a high-contrast value; the system preference is the same theme', () => {
		const colours = Object.keys(light).filter((k) => /^#[0-9a-f]{6}$/i.test(light[k]!));
		expect(Object.keys(high).sort()).toEqual(colours.sort());
		expect(css).toMatch(/@media \(prefers-contrast: more\) \{/);
		expect(tokens(SYSTEM)).toEqual(high);
	});

	test.each([
		{ token: '--ink', min: 20 },
		{ token: '--ink-muted', min: 12 },
		{ token: '--link', min: 12 },
		{ token: '--better', min: 7 },
		{ token: '--worse', min: 7 },
		{ token: '--reference', min: 7 },
		{ token: '--rule', min: 3 }
	])('$token on the paper: contrast ≥ $min:1', ({ token, min }) => {
		expect(contrast(high[token]!, high['--paper']!)).toBeGreaterThanOrEqual(min);
	});

	test.each([...SERIES_COLOURS])('series colour %s is lightened to ≥ 7:1, strokes and fills, in both rules', (dark) => {
		for (const selector of ["html[data-theme='contrast']", SYSTEM]) {
			const esc = selector.replace(/[[\]()]/g, '\\$&');
			const stroke = new RegExp(`${esc} \\[stroke='${dark}' i\\] \\{\\s*stroke: (#[0-9a-f]{6});`).exec(css)?.[1];
			const fill = new RegExp(`${esc} \\[fill='${dark}' i\\] \\{\\s*fill: (#[0-9a-f]{6});`).exec(css)?.[1];
			expect(stroke, `${selector} stroke ${dark}`).toBeDefined();
			expect(fill).toBe(stroke);
			expect(contrast(stroke!, high['--paper']!)).toBeGreaterThanOrEqual(7);
		}
	});
});
