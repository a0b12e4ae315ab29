import { describe, expect, test } from 'vitest';
import { multiplesSentence } from '../../../../../src/lib/charts/kinds/multiples/summary';

describe('multiplesSentence', () => {
	const items = [
		{ label: 'Xidong', value: null },
		{ label: 'Hongwen', value: 48 },
		{ label: 'Gulangyu', value: 50 }
	];
	test('range over items with data; items without data are named', () => {
		expect(multiplesSentence('Daily AQI on 20 Jan 2023', items, 'stations', 'index', 0, 'en')).toBe(
			'Daily AQI on 20 Jan 2023: 48 to 50 at the 2 stations with data; no data for Xidong.'
		);
		expect(
			multiplesSentence(
				'2023年1月20日的日AQI',
				items.map((i) => ({ ...i, label: i.label === 'Xidong' ? '溪东' : i.label })),
				'站点',
				'index',
				0,
				'zh'
			)
		).toBe('2023年1月20日的日AQI：有数据的2个站点介于48至50之间；溪东无数据。');
	});
	test('all items with data; none with data', () => {
		expect(multiplesSentence('AQI', items.slice(1), 'stations', 'index', 0, 'en')).toBe(
			'AQI: 48 to 50 at all 2 stations.'
		);
		expect(multiplesSentence('AQI', items.slice(0, 1), 'stations', 'index', 0, 'en')).toBe(
			'No figure was published for the AQI.'
		);
	});
});
