/**
 * The map quiz: which features a student can be asked to find, rounds of questions generated from
 * them with a seeded (deterministic) shuffle, and the scoring reducer. Pure: no DOM, no locale.
 *
 * Only features the map actually draws at a position are asked for: the six districts (their
 * outlines) and, of the water bodies and sea areas, only those with a sourced point (today the
 * Xinglin Bay Reservoir and the Jiulong estuary, both approximate: drawn as dashed rings). A water
 * body known only by its district, or a sea area without a point, is never a question.
 */
import type { Bilingual, BBox, Point, XiamenMapData } from '../map/types';
import { ISLAND_DISTRICTS, unionBox } from '../map/views';

export type QuizKind = 'district' | 'reservoir' | 'sea';

/** A compass direction from the middle of the city (or the middle itself). */
export type Direction = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw' | 'centre';

/** A feature the quiz can ask for, with the letter it carries on the quiz map. */
export interface QuizTarget {
	/** `district:<adcode>`, `reservoir:<site id>` or `sea:<area id>` */
	id: string;
	kind: QuizKind;
	name: Bilingual;
	/** A, B, C … in reading order (top to bottom, then left to right) */
	letter: string;
	/** where its letter goes, in map units */
	at: Point;
	/** drawn as an approximate position (a dashed ring) */
	approximate: boolean;
	/** the ring's half-axes in map units, for approximate positions */
	radius: [number, number] | null;
	/** district adcode (districts only) */
	adcode: string | null;
	/** where it lies, seen from the middle of the city */
	direction: Direction;
	/** for the districts on Xiamen Island: which part of the island (else null) */
	island: Direction | null;
}

const DIRECTIONS: Direction[] = ['e', 'ne', 'n', 'nw', 'w', 'sw', 's', 'se'];

/**
 * The compass direction of `p` from `centre` (map units: y grows southwards). Within `still` of the
 * centre it is 'centre'.
 */
export function directionOf(p: Point, centre: Point, still: number): Direction {
	const dx = p[0] - centre[0];
	const dy = centre[1] - p[1];
	if (Math.hypot(dx, dy) < still) return 'centre';
	const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
	const sector = Math.round((((angle % 360) + 360) % 360) / 45) % 8;
	return DIRECTIONS[sector]!;
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The features the quiz may ask for, lettered in reading order. */
export function quizTargets(map: XiamenMapData): QuizTarget[] {
	const middle = (b: BBox): Point => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
	const city: BBox = unionBox(map.districts.map((d) => d.bbox)) ?? [0, 0, map.base.width, map.base.height];
	const centre = middle(city);
	const still = Math.hypot(city[2] - city[0], city[3] - city[1]) * 0.08;
	const islandDistricts = map.districts.filter((d) => ISLAND_DISTRICTS.includes(d.adcode));
	const island = islandDistricts.length > 1 ? unionBox(islandDistricts.map((d) => d.bbox)) : null;
	const islandPart = (adcode: string | null, at: Point): Direction | null =>
		island && adcode && ISLAND_DISTRICTS.includes(adcode) ? directionOf(at, middle(island), 0) : null;

	const found: Omit<QuizTarget, 'letter' | 'direction' | 'island'>[] = [
		...map.districts.map((d) => ({
			id: `district:${d.adcode}`,
			kind: 'district' as const,
			name: d.name,
			at: d.label,
			approximate: false,
			radius: null,
			adcode: d.adcode
		})),
		...map.water
			.filter((w) => w.kind === 'reservoir' && w.place)
			.map((w) => ({
				id: `reservoir:${w.id}`,
				kind: 'reservoir' as const,
				name: w.name,
				at: w.place!.at,
				approximate: w.place!.approximate,
				radius: w.place!.radius,
				adcode: null
			})),
		...map.sea
			.filter((s) => s.place)
			.map((s) => ({
				id: `sea:${s.id}`,
				kind: 'sea' as const,
				name: s.name,
				at: s.place!.at,
				approximate: s.place!.approximate,
				radius: s.place!.radius,
				adcode: null
			}))
	];
	const ordered = [...found].sort((a, b) => a.at[1] - b.at[1] || a.at[0] - b.at[0] || a.id.localeCompare(b.id));
	return ordered.map((t, i) => ({
		...t,
		letter: LETTERS[i] ?? String(i + 1),
		direction: directionOf(t.at, centre, still),
		island: islandPart(t.adcode, t.at)
	}));
}

/** A small, fast, seedable generator (mulberry32): the same seed always gives the same numbers. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates with the seeded generator). */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	const random = seededRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** How many questions a round asks: districts are the core, plus a few of the other features. */
export const ROUND = { districts: 5, others: 1 } as const;

/**
 * One round: `ROUND.districts` districts and `ROUND.others` other drawn features (fewer when fewer
 * exist), in an order fixed by `seed`. Each question is the id of the target to find.
 */
export function buildRound(targets: readonly QuizTarget[], seed: number, size: typeof ROUND = ROUND): string[] {
	const districts = seededShuffle(
		targets.filter((t) => t.kind === 'district'),
		seed
	).slice(0, size.districts);
	const others = seededShuffle(
		targets.filter((t) => t.kind !== 'district'),
		seed + 7919
	).slice(0, size.others);
	return seededShuffle([...districts, ...others], seed * 31 + 1).map((t) => t.id);
}

/** The quiz's state: the round's seed, its questions, which one is asked, and the answers given. */
export interface QuizState {
	seed: number;
	questions: string[];
	index: number;
	/** the target id chosen for each question, null while unanswered */
	answers: (string | null)[];
}

export type QuizAction = { type: 'answer'; id: string } | { type: 'next' } | { type: 'newRound' };

/** A fresh round for `seed`. */
export function startRound(targets: readonly QuizTarget[], seed: number): QuizState {
	const questions = buildRound(targets, seed);
	return { seed, questions, index: 0, answers: questions.map(() => null) };
}

/** The largest seed kept in URLs (rounds beyond it wrap round to 1). */
export const MAX_SEED = 99;

/**
 * The quiz reducer. `answer`: records the first answer to the current question (later ones are
 * ignored, as are ids that are not targets); `next`: moves on once the current question is answered
 * (not past the last); `newRound`: the next seed's round (wrapping after MAX_SEED).
 */
export function quizReducer(state: QuizState, action: QuizAction, targets: readonly QuizTarget[]): QuizState {
	switch (action.type) {
		case 'answer': {
			if (state.index >= state.questions.length || state.answers[state.index] !== null) return state;
			if (!targets.some((t) => t.id === action.id)) return state;
			const answers = [...state.answers];
			answers[state.index] = action.id;
			return { ...state, answers };
		}
		case 'next': {
			if (state.answers[state.index] === null || state.index >= state.questions.length - 1) return state;
			return { ...state, index: state.index + 1 };
		}
		case 'newRound':
			return startRound(targets, state.seed >= MAX_SEED ? 1 : state.seed + 1);
	}
}

export interface QuizScore {
	correct: number;
	answered: number;
	total: number;
	finished: boolean;
}

/** The running score. */
export function quizScore(state: QuizState): QuizScore {
	const answered = state.answers.filter((a) => a !== null).length;
	const correct = state.answers.filter((a, i) => a !== null && a === state.questions[i]).length;
	return { correct, answered, total: state.questions.length, finished: answered === state.questions.length };
}

/** The current question's outcome: null while unanswered. */
export function currentOutcome(
	state: QuizState,
	targets: readonly QuizTarget[]
): { correct: boolean; chosen: QuizTarget; answer: QuizTarget } | null {
	const chosenId = state.answers[state.index];
	const answerId = state.questions[state.index];
	if (!chosenId || !answerId) return null;
	const chosen = targets.find((t) => t.id === chosenId);
	const answer = targets.find((t) => t.id === answerId);
	if (!chosen || !answer) return null;
	return { correct: chosen.id === answer.id, chosen, answer };
}

/** The rounds a URL may name (`?round=1` … `?round=99`), as strings for parseEnum. */
export const ROUND_IDS: readonly string[] = Array.from({ length: MAX_SEED }, (_, i) => String(i + 1));
