/**
 * Reading a figure as a Chinese document writes it (`75台`, `17000余吨`, `突破1000万度`, `三轮`, `下降13.1%`):
 * the number it states, whether it is a lower bound or an approximation, and its measure word. The data
 * pipeline checks each work figure's `value_zh` against its `value` and `qualifier` with these
 * (data/work-README.md), and the work page writes a count with the document's measure word (75台, not 75个).
 */
import type { WrittenQualifier } from '../data/schema/vocabulary';

/** Words that make a written number a lower bound ("more than"): 20余家, 20多家, 突破1000万度, 逾100吨. */
export const MIN_WORDS = ['逾', '超过', '以上', '余', '多', '突破', '上百'] as const;
/** Words that make a written number an approximation: 约3000吨, 3000吨左右, 近50% ("nearly": not a bound). */
export const APPROX_WORDS = ['约', '近', '左右'] as const;

const CHINESE_DIGITS: Record<string, number> = {
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
	十: 10
};

/** The number a written figure states: its Arabic digits, or one Chinese numeral (一 … 十); null if none. */
export function writtenNumber(text: string): number | null {
	const digits = text.match(/\d+(?:\.\d+)?/);
	if (digits) return Number(digits[0]);
	const chinese = text.match(/[一二两三四五六七八九十]/);
	return chinese ? CHINESE_DIGITS[chinese[0]]! : null;
}

/** How exact a written figure is: `min` for 逾/超过/以上/余/多/突破/上百, `approx` for 约/近/左右, else `exact`. */
export function writtenQualifier(text: string): WrittenQualifier {
	if (MIN_WORDS.some((w) => text.includes(w))) return 'min';
	if (APPROX_WORDS.some((w) => text.includes(w))) return 'approx';
	return 'exact';
}

/** The direction a written change states: `down` for 下降/减少, `up` for 增长/上升/提升, null for neither. */
export function writtenDirection(text: string): 'up' | 'down' | null {
	if (/下降|减少/.test(text)) return 'down';
	if (/增长|上升|提升/.test(text)) return 'up';
	return null;
}

/**
 * The measure word of a written count (个, 项, 家, 家次, 台, 件, 篇, 场次, 轮): what follows the number once the
 * qualifier and direction words are taken away. `75台` → `台`, `20余家` → `家`, `513家次` → `家次`, `三轮` → `轮`,
 * `4000多件` → `件`; empty when nothing follows the number.
 */
export function measureWord(text: string): string {
	return text
		.replace(/^(突破|超过|逾|约|近|上百|连续|下降|减少|增长|上升|提升)+/, '')
		.replace(/^(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)/, '')
		.replace(/^(余|多)/, '')
		.replace(/(以上|左右)$/, '');
}
