import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/pipeline/importError';
import { matchSource } from '$lib/pipeline/cnemc/sources';

describe('file → source id (by path)', () => {
	it.each([
		['xiamen_cities_2022.csv', 'cnemc-hourly-ecoaudit', 'national', '2022-01-01', '2022-12-31'],
		['xiamen_cities_2023.csv', 'cnemc-hourly-ecoaudit', 'national', '2023-01-01', '2023-12-31'],
		['xiamen_cities_2024_partial_0101-0224.csv', 'cnemc-hourly-endorphin313', 'national', '2024-01-01', '2024-02-24'],
		['sample_full/china_sites_20230120.csv', 'cnemc-sample-xinyu18', 'national', '2023-01-20', '2023-01-20'],
		['sample_full/china_cities_20230120.csv', 'cnemc-sample-xinyu18', 'national', '2023-01-20', '2023-01-20'],
		['xiamen_aqistudy_daily_20131202-20170131.csv', 'aqistudy-daily-shuyaohong', 'aqistudy', '2013-12-02', '2017-01-31']
	])('%s → %s', (file, id, format, from, to) => {
		expect(matchSource(file)).toMatchObject({ sourceId: id, format, dateRange: { from, to } });
	});
	it.each([
		'xiamen_cities_2021.csv',
		'china_sites_20230120.csv',
		'beijing.csv',
		'xiamen_cities_2024_partial_0101-0231.csv'
	])('%s → error naming the file', (file) => {
		expect(() => matchSource(file)).toThrow(ImportError);
		expect(() => matchSource(file)).toThrow(file);
	});
	it('the year extracts have priority over the sample (cross-check order)', () => {
		expect(matchSource('xiamen_cities_2023.csv').priority).toBeLessThan(
			matchSource('sample_full/china_cities_20230120.csv').priority
		);
	});
});
