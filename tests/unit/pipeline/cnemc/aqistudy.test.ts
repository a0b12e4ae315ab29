import { describe, expect, it } from 'vitest';
import { isAqistudyLine } from '$lib/pipeline/cnemc/aqistudy';
import { ImportError } from '$lib/pipeline/importError';
import { parseAqistudyFixture } from './helpers';

describe('aqistudy daily format (BOM, no header, 12 columns)', () => {
	it('detects the format', () => {
		expect(isAqistudyLine('厦门,2013-12-02,66,58~74,良,43.2,79.7,20.6,0.71,30.7,141,9')).toBe(true);
		expect(isAqistudyLine('date,hour,type,厦门')).toBe(false);
	});
	it('keeps the published values verbatim, BOM removed', () => {
		const { days, stats } = parseAqistudyFixture('aqistudy.csv');
		expect(stats.bom).toBe(true);
		expect(days).toHaveLength(3);
		expect(days[1]).toMatchObject({
			city: '厦门',
			date: '2013-12-03',
			aqi: '71',
			aqiRange: '64~77',
			co: '0.823',
			o3: '137',
			rank: '6'
		});
		expect(days[2]?.level).toBe('轻度污染');
	});
	it.each([
		['aqistudy_bad_level.csv', { line: 2, column: 5, columnName: 'Level', value: 'Good' }],
		['aqistudy_bad_value.csv', { line: 1, column: 11, columnName: 'O3', value: '—' }]
	])('%s → error with line, column, value', (file, location) => {
		let err: unknown;
		try {
			parseAqistudyFixture(file);
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(ImportError);
		expect((err as ImportError).location).toMatchObject({ file, ...location });
	});
});
