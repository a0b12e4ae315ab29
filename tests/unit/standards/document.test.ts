import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AQI_CATEGORIES } from '$lib/standards/aqiCategory';
import { BREAKPOINTS_2012, BREAKPOINTS_2026 } from '$lib/standards/breakpoints';
import { LIMITS } from '$lib/standards/limits';
import { SEAWATER_DO, SEAWATER_LIMITS } from '$lib/standards/seawaterClass';
import { SURFACE_WATER_DO, SURFACE_WATER_LIMITS } from '$lib/standards/surfaceWaterClass';

/**
 * docs/standards.md explains the standards in the project's words; its tables must be the numbers the
 * code computes with, so neither can change without the other.
 */

const DOC = readFileSync(new URL('../../../docs/standards.md', import.meta.url), 'utf8');

/** The first Markdown table after the heading that starts with `heading`, as rows of cells (header first). */
function tableAfter(heading: string): string[][] {
	const lines = DOC.split('\n');
	const start = lines.findIndex((l) => l.startsWith(heading));
	if (start < 0) throw new Error(`docs/standards.md has no heading "${heading}"`);
	const rows: string[][] = [];
	for (const line of lines.slice(start + 1)) {
		if (line.startsWith('#')) break;
		if (line.startsWith('|'))
			rows.push(
				line
					.slice(1, -1)
					.split('|')
					.map((c) => c.trim())
			);
		else if (rows.length > 0) break;
	}
	return rows.filter((r) => !r.every((c) => /^-*:?-+:?$/.test(c)));
}

const num = (cell: string) => (cell === '–' ? undefined : Number(cell));

describe('docs/standards.md states the numbers the code uses', () => {
	test('§1.1: HJ 633-2012 breakpoints, every column', () => {
		const [head, ...rows] = tableAfter('### §1.1');
		const columns: Record<string, (number | undefined)[]> = {};
		head!.slice(1).forEach((name, i) => (columns[name] = rows.map((r) => num(r[i + 1]!))));
		expect(rows.map((r) => Number(r[0]))).toEqual([0, 50, 100, 150, 200, 300, 400, 500]);
		for (const [pollutant, byAveraging] of Object.entries(BREAKPOINTS_2012))
			for (const [averaging, values] of Object.entries(byAveraging)) {
				const column = columns[`${pollutant} ${averaging}`];
				expect(column, `${pollutant} ${averaging}`).toBeDefined();
				expect(
					column!.filter((v) => v !== undefined),
					`${pollutant} ${averaging}`
				).toEqual(values);
			}
		expect(Object.keys(columns)).toHaveLength(10);
	});

	test('§2: the two HJ 633-2026 columns that changed', () => {
		const text = DOC.slice(DOC.indexOf('## §2'), DOC.indexOf('## §3'));
		const list = (name: string) =>
			new RegExp(`${name} ([0-9, ]+);|${name} ([0-9, ]+)\\.`)
				.exec(text.replace(/\s+/g, ' '))!
				.slice(1)
				.find(Boolean)!
				.split(',')
				.map(Number);
		expect(list('PM10')).toEqual(BREAKPOINTS_2026.PM10['24h']);
		expect(list('PM2.5')).toEqual(BREAKPOINTS_2026['PM2.5']['24h']);
	});

	test('§1.3: the six categories and their colours', () => {
		const rows = tableAfter('### §1.3').slice(1);
		expect(rows.map((r) => [r[1], r[3]])).toEqual(AQI_CATEGORIES.map((c) => [String(c.level), c.colour]));
		expect(rows.map((r) => r[2]!.split(' ')[0])).toEqual(AQI_CATEGORIES.map((c) => c.zh));
	});

	test('§3: GB 3095 limits, three sets', () => {
		const rows = tableAfter('## §3').slice(1);
		const pollutants = rows.map((r) => r[0]);
		expect(pollutants).toEqual(Object.keys(LIMITS['2012']));
		rows.forEach((r, i) => {
			const p = pollutants[i] as keyof (typeof LIMITS)['2012'];
			expect([num(r[2]!), num(r[3]!), num(r[4]!)], p).toEqual([
				LIMITS['2012'][p],
				LIMITS['2026-transition'][p],
				LIMITS['2026-final'][p]
			]);
		});
	});

	test('§5: GB 3838-2002 upper limits and dissolved oxygen', () => {
		const rows = tableAfter('## §5').slice(1);
		const values = rows.map((r) => r.slice(1).map(Number));
		const limits = SURFACE_WATER_LIMITS;
		const expected = [
			limits.CODMn,
			limits.COD,
			limits.BOD5,
			limits.NH3N,
			limits.TP.river,
			limits.TP.lake,
			limits.TN,
			limits.Cu,
			limits.Zn,
			limits.fluoride,
			limits.Se,
			limits.As,
			limits.Hg,
			limits.Cd,
			limits.Cr6,
			limits.Pb,
			limits.cyanide,
			limits.phenol,
			limits.petroleum,
			limits.LAS,
			limits.sulfide,
			limits.fecalColiform
		];
		expect(values).toEqual(expected);
		expect(DOC).toContain(`7.5 mg/L, then ${SURFACE_WATER_DO.slice(1, -1).join(', ')} and ${SURFACE_WATER_DO.at(-1)}`);
	});

	test('§6: GB 3097-1997 upper limits and dissolved oxygen', () => {
		const rows = tableAfter('## §6').slice(1);
		const l = SEAWATER_LIMITS;
		const expected = [
			l.COD,
			l.BOD5,
			l.DIN,
			l.nonionicNH3,
			l.PO4,
			l.Hg,
			l.Cd,
			l.Pb,
			l.Cr6,
			l.Cr,
			l.As,
			l.Cu,
			l.Zn,
			l.Se,
			l.Ni,
			l.cyanide,
			l.sulfide,
			l.phenol,
			l.petroleum,
			l.LAS
		];
		expect(rows.map((r) => r.slice(1).map(Number))).toEqual(expected);
		expect(DOC).toContain(`**above** ${SEAWATER_DO.slice(0, -1).join(', ')} and ${SEAWATER_DO.at(-1)} mg/L`);
	});
});

describe('the sources cite docs/standards.md, which is in the repository', () => {
	const sources = readFileSync(new URL('../../../data/sources.csv', import.meta.url), 'utf8');

	test('no source note cites a file the repository does not have (STANDARDS.md lives outside it)', () => {
		expect(sources).not.toContain('STANDARDS.md');
	});

	test('every section a source note cites exists', () => {
		const cited = [...sources.matchAll(/docs\/standards\.md §(\d+(?:\.\d+)?)/g)].map((m) => m[1]!);
		expect(cited.length).toBeGreaterThanOrEqual(8);
		for (const section of new Set(cited))
			expect(DOC, `§${section}`).toMatch(new RegExp(`^#{2,3} §${section.replace('.', '\\.')} `, 'm'));
	});
});
