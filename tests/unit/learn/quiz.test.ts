import { describe, expect, test } from 'vitest';
import {
	buildRound,
	currentOutcome,
	directionOf,
	MAX_SEED,
	quizReducer,
	quizScore,
	quizTargets,
	ROUND,
	ROUND_IDS,
	seededShuffle,
	startRound,
	type QuizState,
	type QuizTarget
} from '../../../src/lib/learn/quiz';
import type { XiamenMapData } from '../../../src/lib/map/types';
import { realMap } from '../map/data';

const targets = quizTargets(realMap);
const ids = targets.map((t) => t.id);

describe('quizTargets: only what the map draws at a position', () => {
	test('the six districts, and only the water bodies and sea areas with a sourced point', () => {
		expect(
			targets
				.filter((t) => t.kind === 'district')
				.map((t) => t.adcode)
				.sort()
		).toEqual(realMap.districts.map((d) => d.adcode).sort());
		const others = targets.filter((t) => t.kind !== 'district');
		expect(others.map((t) => t.id).sort()).toEqual(['reservoir:xinglin-bay-reservoir', 'sea:jiulong-estuary']);
		for (const t of others) {
			expect(t.approximate, t.id).toBe(true);
			expect(t.radius, t.id).not.toBeNull();
		}
		// Water bodies known only by their district, and sea areas without a point, are never asked.
		const placedWater = realMap.water.filter((w) => w.place).map((w) => `reservoir:${w.id}`);
		const unplacedWater = realMap.water.filter((w) => !w.place).map((w) => `reservoir:${w.id}`);
		expect(unplacedWater.length).toBeGreaterThan(5);
		for (const id of unplacedWater) expect(ids).not.toContain(id);
		for (const id of placedWater) expect(ids).toContain(id);
		for (const s of realMap.sea.filter((a) => !a.place)) expect(ids).not.toContain(`sea:${s.id}`);
	});

	test('lettered A… in reading order (top to bottom), each at its drawn point', () => {
		expect(targets.map((t) => t.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
		for (let i = 1; i < targets.length; i++) expect(targets[i]!.at[1]).toBeGreaterThanOrEqual(targets[i - 1]!.at[1]);
		const siming = targets.find((t) => t.adcode === '350203')!;
		expect(siming.at).toEqual(realMap.districts.find((d) => d.adcode === '350203')!.label);
		const estuary = targets.find((t) => t.id === 'sea:jiulong-estuary')!;
		expect(estuary.at).toEqual(realMap.sea.find((s) => s.id === 'jiulong-estuary')!.place!.at);
	});

	test('positions in words: Tong’an in the north, Huli and Siming on the island (north and south)', () => {
		const by = (adcode: string) => targets.find((t) => t.adcode === adcode)!;
		expect(by('350212').direction).toBe('n');
		expect(by('350213').direction).toBe('e');
		expect(by('350206').island).toBe('n');
		expect(by('350203').island).toBe('s');
		expect(by('350212').island).toBeNull();
	});

	test('a map without districts, water or sea gives no targets', () => {
		const empty = { ...realMap, districts: [], water: [], sea: [] } as XiamenMapData;
		expect(quizTargets(empty)).toEqual([]);
	});
});

describe('directionOf', () => {
	test.each([
		{ p: [0, -10], expected: 'n' },
		{ p: [10, -10], expected: 'ne' },
		{ p: [10, 0], expected: 'e' },
		{ p: [10, 10], expected: 'se' },
		{ p: [0, 10], expected: 's' },
		{ p: [-10, 10], expected: 'sw' },
		{ p: [-10, 0], expected: 'w' },
		{ p: [-10, -10], expected: 'nw' },
		{ p: [1, 1], expected: 'centre' }
	] as const)('$p → $expected (y grows southwards)', ({ p, expected }) => {
		expect(directionOf([p[0], p[1]], [0, 0], 3)).toBe(expected);
	});
});

describe('seeded shuffle and rounds: deterministic, no network, only positioned features', () => {
	test('the same seed gives the same order; another seed another; nothing lost or duplicated', () => {
		const items = Array.from({ length: 20 }, (_, i) => i);
		expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
		expect(seededShuffle(items, 7)).not.toEqual(seededShuffle(items, 8));
		expect([...seededShuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
		expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
	});

	test.each([
		{ items: [] as number[], expected: [] as number[] },
		{ items: [1], expected: [1] }
	])('edge: $items', ({ items, expected }) => {
		expect(seededShuffle(items, 3)).toEqual(expected);
	});

	test('a round: five districts and one other feature, no repeats, the same for the same seed', () => {
		for (const seed of [1, 2, 3, 42, MAX_SEED]) {
			const round = buildRound(targets, seed);
			expect(round).toEqual(buildRound(targets, seed));
			expect(round).toHaveLength(ROUND.districts + ROUND.others);
			expect(new Set(round).size).toBe(round.length);
			expect(round.filter((id) => id.startsWith('district:'))).toHaveLength(ROUND.districts);
			for (const id of round) expect(ids).toContain(id);
		}
		expect(buildRound(targets, 1)).not.toEqual(buildRound(targets, 2));
		// Over the rounds a URL can name, every feature is asked somewhere.
		const asked = new Set(ROUND_IDS.flatMap((s) => buildRound(targets, Number(s))));
		expect([...asked].sort()).toEqual([...ids].sort());
	});

	test('fewer features than a round asks for: all of them, once', () => {
		const few = targets.filter((t) => t.kind === 'district').slice(0, 3);
		expect([...buildRound(few, 5)].sort()).toEqual(few.map((t) => t.id).sort());
		expect(buildRound([], 5)).toEqual([]);
	});
});

describe('the scoring reducer', () => {
	const start = startRound(targets, 1);
	const answer = (state: QuizState, id: string) => quizReducer(state, { type: 'answer', id }, targets);
	const next = (state: QuizState) => quizReducer(state, { type: 'next' }, targets);
	const wrongFor = (id: string) => ids.find((x) => x !== id)!;

	test('a fresh round: first question, nothing answered', () => {
		expect(start).toMatchObject({ seed: 1, index: 0 });
		expect(start.answers).toEqual(start.questions.map(() => null));
		expect(quizScore(start)).toEqual({ correct: 0, answered: 0, total: 6, finished: false });
		expect(currentOutcome(start, targets)).toBeNull();
	});

	test.each([
		{ name: 'right', pick: (q: string) => q, correct: 1 },
		{ name: 'wrong', pick: (q: string) => wrongFor(q), correct: 0 }
	])('a $name answer is scored and its outcome names both places', ({ pick, correct }) => {
		const q = start.questions[0]!;
		const after = answer(start, pick(q));
		expect(quizScore(after)).toMatchObject({ correct, answered: 1 });
		const outcome = currentOutcome(after, targets)!;
		expect(outcome.correct).toBe(correct === 1);
		expect(outcome.answer.id).toBe(q);
		expect(outcome.chosen.id).toBe(pick(q));
	});

	test('only the first answer to a question counts; unknown ids are ignored', () => {
		const q = start.questions[0]!;
		const once = answer(start, wrongFor(q));
		expect(answer(once, q)).toBe(once);
		expect(answer(start, 'district:000000')).toBe(start);
		expect(answer(start, '__proto__')).toBe(start);
	});

	test('next moves on only after an answer, and not past the last question', () => {
		expect(next(start)).toBe(start);
		let state = start;
		for (let i = 0; i < start.questions.length; i++) {
			state = answer(state, state.questions[state.index]!);
			state = next(state);
		}
		expect(state.index).toBe(start.questions.length - 1);
		expect(quizScore(state)).toEqual({ correct: 6, answered: 6, total: 6, finished: true });
		expect(next(state)).toBe(state);
	});

	test('new round: the next seed, everything reset; after the last seed, round 1', () => {
		const answered = answer(start, start.questions[0]!);
		const fresh = quizReducer(answered, { type: 'newRound' }, targets);
		expect(fresh).toEqual(startRound(targets, 2));
		const last = startRound(targets, MAX_SEED);
		expect(quizReducer(last, { type: 'newRound' }, targets).seed).toBe(1);
	});

	test('targets carry no function or locale: serialisable as page data', () => {
		const roundTrip = JSON.parse(JSON.stringify(targets)) as QuizTarget[];
		expect(roundTrip).toEqual(targets);
	});
});
