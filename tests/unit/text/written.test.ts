import { describe, expect, test } from 'vitest';
import { measureWord, writtenDirection, writtenNumber, writtenQualifier } from '../../../src/lib/text/written';

describe('reading a figure as the document writes it', () => {
	test.each([
		{ text: '75台', number: 75, qualifier: 'exact', measure: '台', direction: null },
		{ text: '77.31%', number: 77.31, qualifier: 'exact', measure: '%', direction: null },
		{ text: '16053万元', number: 16053, qualifier: 'exact', measure: '万元', direction: null },
		{ text: '三轮', number: 3, qualifier: 'exact', measure: '轮', direction: null },
		{ text: '四项', number: 4, qualifier: 'exact', measure: '项', direction: null },
		{ text: '连续三年', number: 3, qualifier: 'exact', measure: '年', direction: null },
		{ text: '513家次', number: 513, qualifier: 'exact', measure: '家次', direction: null },
		{ text: '80场次', number: 80, qualifier: 'exact', measure: '场次', direction: null },
		{ text: '突破1000万度', number: 1000, qualifier: 'min', measure: '万度', direction: null },
		{ text: '17000余吨', number: 17000, qualifier: 'min', measure: '吨', direction: null },
		{ text: '20余家', number: 20, qualifier: 'min', measure: '家', direction: null },
		{ text: '4000多件', number: 4000, qualifier: 'min', measure: '件', direction: null },
		{ text: '逾100吨', number: 100, qualifier: 'min', measure: '吨', direction: null },
		{ text: '100吨以上', number: 100, qualifier: 'min', measure: '吨', direction: null },
		{ text: '约3000吨', number: 3000, qualifier: 'approx', measure: '吨', direction: null },
		{ text: '3000吨左右', number: 3000, qualifier: 'approx', measure: '吨', direction: null },
		{ text: '近50%', number: 50, qualifier: 'approx', measure: '%', direction: null },
		{ text: '下降13.1%', number: 13.1, qualifier: 'exact', measure: '%', direction: 'down' },
		{ text: '增长133%', number: 133, qualifier: 'exact', measure: '%', direction: 'up' },
		{ text: '14310个工作日', number: 14310, qualifier: 'exact', measure: '个工作日', direction: null },
		{ text: '个', number: null, qualifier: 'exact', measure: '个', direction: null },
		{ text: '', number: null, qualifier: 'exact', measure: '', direction: null },
		{ text: '75', number: 75, qualifier: 'exact', measure: '', direction: null }
	] as const)(
		'$text → $number, $qualifier, "$measure", $direction',
		({ text, number, qualifier, measure, direction }) => {
			expect(writtenNumber(text)).toBe(number);
			expect(writtenQualifier(text)).toBe(qualifier);
			expect(measureWord(text)).toBe(measure);
			expect(writtenDirection(text)).toBe(direction);
		}
	);
});
