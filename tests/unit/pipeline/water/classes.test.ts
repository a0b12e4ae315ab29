import { describe, expect, it } from 'vitest';
import type { ClassParameter } from '$lib/data/schema/waterNetwork';
import { assess, classJustBeyond, disagreement } from '$lib/pipeline/water/classes';
import { stationBody } from '$lib/pipeline/water/stations';
import { parseText, file, CSV_HEADER, XLSX_HEADER } from './helpers';

/** The values of one raw line (the file's own header names the columns). */
function readingOf(header: string, line: string) {
	const r = parseText(file(header, [line])).rows[0]!;
	return { ...r, values: r.values };
}

/**
 * Readings checked by hand: each line copied from the raw file (file and line given), each class-setting parameter
 * looked up in GB 3838-2002 Table 1 (STANDARDS.md §5; limits inclusive, DO ≥) and the worst taken; TN looked up
 * in its own row. The network's class is the line's 6th cell.
 */
const HAND_CHECKED = [
	{
		// A line 9, the first snapshot (YYYY/M/D time). pH 6.73 I; DO 8.69 ≥ 7.5 I; CODMn 2.41 ≤ 4 II; NH3N 0.117
		// ≤ 0.15 I; TP 0.075 ≤ 0.1 II → II, set by CODMn and TP. TN 1.07 ≤ 1.5 IV. Network Ⅱ.
		header: CSV_HEADER,
		line: '2021-06-17T13:09,福建省,浙闽片河流,隘头潭,2021/6/17 12:00,Ⅱ,31.4,6.73,8.69,153.8,9.3,2.41,0.117,0.075,1.07,*,*,正常',
		expected: { class: 'II', limiting: ['CODMn', 'TP'], parameters: 5, tnClass: 'IV' }
	},
	{
		// A line 483. DO 2.93: ≥ 2, < 3 → V; pH 6.51 I; CODMn 1.74 I; NH3N 0.074 I; TP 0.058 II → V by DO.
		// TN 0.79 ≤ 1.0 III. Network Ⅴ.
		header: CSV_HEADER,
		line: '2021-06-19T05:30,福建省,浙闽片河流,隘头潭,06-19 04:00,Ⅴ,30.2,6.51,2.93,163.1,8.1,1.74,0.074,0.058,0.79,*,*,正常',
		expected: { class: 'V', limiting: ['DO'], parameters: 5, tnClass: 'III' }
	},
	{
		// A line 3377. TP 0.418 > 0.4 → 劣V; DO 7.43 II; CODMn 4.46 III; NH3N 0.557 III → 劣V by TP.
		// TN 2.21 > 2.0 劣V (reported only). Network 劣Ⅴ.
		header: CSV_HEADER,
		line: '2021-08-06T09:11,福建省,浙闽片河流,隘头潭,08-06 08:00,劣Ⅴ,25.7,7.12,7.43,110.9,49.9,4.46,0.557,0.418,2.21,*,*,正常',
		expected: { class: '劣V', limiting: ['TP'], parameters: 5, tnClass: '劣V' }
	},
	{
		// A line 14432. TP 0.259 ≤ 0.3 IV; NH3N 0.621 III; CODMn 3.80 II; DO 8.47 I → IV by TP. TN 3.28 劣V.
		// Network Ⅳ.
		header: CSV_HEADER,
		line: '2022-03-26T05:55,福建省,浙闽片河流,隘头潭,03-26 04:00,Ⅳ,19.3,7.41,8.47,147.2,9.6,3.80,0.621,0.259,3.28,*,*,正常',
		expected: { class: 'IV', limiting: ['TP'], parameters: 5, tnClass: '劣V' }
	},
	{
		// B line 7665 (spreadsheet; the header names time and station the wrong way round). TP 0.400 ≤ 0.4 → V
		// (on the V limit, inclusive); everything else I → V by TP. TN 1.70 ≤ 2.0 V. Network Ⅴ.
		header: XLSX_HEADER,
		line: '2023-10-26T02:13,福建省,浙闽片河流,隘头潭,10-26 00:00,Ⅴ,27.0,7.22,7.67,124.6,15.8,0.79,0.079,0.400,1.70,*,*,正常',
		expected: { class: 'V', limiting: ['TP'], parameters: 5, tnClass: 'V' }
	},
	{
		// A line 10765, the reservoir point 库心: TP 0.015 is I in the river column but II in the lake/reservoir
		// column (0.01 < 0.015 ≤ 0.025); DO 8.01 I, CODMn 1.20 I, NH3N 0.025 I → II by TP. TN 1.77 V (not setting
		// the class). Network Ⅱ.
		header: CSV_HEADER,
		line: '2022-02-13T22:43,福建省,浙闽片河流,库心,02-13 20:00,Ⅱ,17.8,7.19,8.01,166.1,5.2,1.20,0.025,0.015,1.77,0.005,3583190,正常',
		expected: { class: 'II', limiting: ['TP'], parameters: 5, tnClass: 'V' }
	}
];

describe('assess: classes recomputed from readings checked by hand', () => {
	it.each(HAND_CHECKED)('$expected.class — $line', ({ header, line, expected }) => {
		const r = readingOf(header, line);
		const a = assess(r.values, stationBody(r.station));
		expect(a).toEqual(expected);
		expect(a.class).toBe(r.networkClass); // the network agrees on each of these
	});

	it('TN never sets the class, however high', () => {
		const r = readingOf(HAND_CHECKED[0]!.header, HAND_CHECKED[0]!.line.replace(',1.07,', ',9.99,'));
		expect(assess(r.values, 'river')).toMatchObject({ class: 'II', tnClass: '劣V' });
		expect(assess(r.values, 'lake')).toMatchObject({ class: 'IV', tnClass: '劣V' }); // TP 0.075: lake column IV
	});

	it('missing parameters are skipped; none at all → no class', () => {
		const none = Array(11).fill(NaN);
		expect(assess(none, 'river')).toEqual({ class: null, limiting: [], parameters: 0, tnClass: null });
		const onlyTp = [...none];
		onlyTp[7] = 0.25;
		expect(assess(onlyTp, 'river')).toEqual({ class: 'IV', limiting: ['TP'], parameters: 1, tnClass: null });
	});
});

describe('classJustBeyond: a published value exactly on a class limit', () => {
	it.each([
		{ p: 'pH', x: 6, expected: '劣V' },
		{ p: 'pH', x: 9, expected: '劣V' },
		{ p: 'pH', x: 7.5, expected: null },
		{ p: 'DO', x: 5, expected: 'IV' },
		{ p: 'DO', x: 7.5, expected: 'II' },
		{ p: 'DO', x: 2, expected: '劣V' },
		{ p: 'DO', x: 5.01, expected: null },
		{ p: 'CODMn', x: 2, expected: 'II' },
		{ p: 'CODMn', x: 15, expected: '劣V' },
		{ p: 'NH3N', x: 0.5, expected: 'III' },
		{ p: 'TP', x: 0.1, expected: 'III' },
		{ p: 'TP', x: 0.2, expected: 'IV' },
		{ p: 'TP', x: 0.199, expected: null },
		{ p: 'TP', x: 0, expected: null }
	] as { p: ClassParameter; x: number; expected: string | null }[])('$p $x → $expected', ({ p, x, expected }) =>
		expect(classJustBeyond(p, x, 'river')).toBe(expected)
	);

	it('uses the lake/reservoir column for a reservoir', () => {
		expect(classJustBeyond('TP', 0.025, 'lake')).toBe('III');
		expect(classJustBeyond('TP', 0.025, 'river')).toBeNull();
	});
});

describe('disagreement: why the network’s class differs, first rule that applies', () => {
	// pH, DO, CODMn, NH3N, TP in their columns; other parameters missing.
	const values = (pH: number, DO: number, CODMn: number, NH3N: number, TP: number) => [
		NaN,
		pH,
		DO,
		NaN,
		NaN,
		CODMn,
		NH3N,
		TP,
		NaN,
		NaN,
		NaN
	];
	it.each([
		{
			what: 'agreement',
			network: 'III',
			v: values(6.76, 5.0, 1.57, 0.057, 0.068),
			previous: null,
			expected: null
		},
		{
			// 隘头潭 2021-07-28T04:00 (A line 2674): DO 5.00 is III as published; the network says IV.
			what: 'DO on the III/IV limit',
			network: 'IV',
			v: values(6.76, 5.0, 1.57, 0.057, 0.068),
			previous: null,
			expected: { cause: 'on_limit', parameters: ['DO'] }
		},
		{
			// 隘头潭 2022-05-16T08:00 (A line 25476): TP 0.200 is III; the network says IV.
			what: 'TP on the III/IV limit',
			network: 'IV',
			v: values(7.3, 8.94, 2.25, 0.132, 0.2),
			previous: null,
			expected: { cause: 'on_limit', parameters: ['TP'] }
		},
		{
			// On a limit, but a hair more gives IV, not the network's V: not this cause.
			what: 'two classes worse than a limit explains',
			network: 'V',
			v: values(7.3, 8.94, 2.25, 0.132, 0.2),
			previous: null,
			expected: { cause: 'network_worse', parameters: [] }
		},
		{
			// 隘头潭 2022-03-16T04:00: DO 5.72 → III; the network says II, the class of the reading at 00:00.
			what: 'the previous reading’s class',
			network: 'II',
			v: values(7.37, 5.72, 1.83, 0.068, 0.08),
			previous: 'II',
			expected: { cause: 'previous_reading', parameters: [] }
		},
		{
			what: 'network better than two parameters',
			network: 'II',
			v: values(7.37, 5.72, 4.5, 0.068, 0.08),
			previous: 'III',
			expected: { cause: 'network_better', parameters: ['DO', 'CODMn'] }
		},
		{
			// 隘头潭 2021-12-14T20:00: TP 0.099 → II; the network says III; the reading before was II too.
			what: 'network worse than every parameter',
			network: 'III',
			v: values(7.35, 7.82, 1.34, 0.12, 0.099),
			previous: 'II',
			expected: { cause: 'network_worse', parameters: [] }
		}
	] as const)('$what', ({ network, v, previous, expected }) => {
		const a = assess(v, 'river');
		expect(disagreement(network, a, v, 'river', previous)).toEqual(expected);
	});

	it('nothing to compare without both classes', () => {
		const v = values(7, 8, 2, 0.1, 0.05);
		expect(disagreement(null, assess(v, 'river'), v, 'river', null)).toBeNull();
		const none = Array(11).fill(NaN);
		expect(disagreement('II', assess(none, 'river'), none, 'river', null)).toBeNull();
	});
});
