import fc from 'fast-check';

/**
 * Ways a data file goes wrong in real life, as fast-check arbitraries: a row with a cell too many or too
 * few, a cell of the wrong type, a negative or absurd number, a repeated row, a repeated or missing
 * column, a file cut off mid-way, CRLF/CR/BOM mixes, a stray quote, random bytes. Each mutation has a
 * readable `name` (shown by fast-check when a property fails) and a pure `apply`.
 */
export interface Mutation {
	name: string;
	apply: (bytes: Uint8Array) => Uint8Array;
}

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const encode = (s: string) => new TextEncoder().encode(s);
const onText = (name: string, f: (text: string) => string): Mutation => ({
	name,
	apply: (b) => encode(f(decode(b)))
});
const lines = (text: string) => text.split('\n');
const pick = <T>(xs: T[], i: number) => xs[i % Math.max(1, xs.length)]!;

/** Values a spreadsheet cell should never hold where a number or an id is expected. */
export const BAD_CELLS = [
	'',
	' ',
	'abc',
	'1,5',
	'"1,5"',
	'1.2.3',
	'NaN',
	'nan',
	'Infinity',
	'-Infinity',
	'-1',
	'-0.0001',
	'-999999',
	'1e999',
	'1e-400',
	'1e308',
	'99999999999999999999',
	'0x1F',
	'１２',
	'12 µg/m³',
	'—',
	'null',
	'undefined',
	'__proto__',
	'constructor',
	'<script>alert(1)</script>',
	'\u202e12',
	'2024-02-30',
	'1/0'
];

const cell = fc.oneof(fc.constantFrom(...BAD_CELLS), fc.string({ maxLength: 12 }), fc.double().map(String));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ row: fc.nat(), extra: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0) }).map(({ row, extra }) =>
		onText(`ragged row ${row} (${extra > 0 ? '+' : ''}${extra} cells)`, (t) => {
			const ls = lines(t);
			const i = row % ls.length;
			ls[i] = extra > 0 ? ls[i] + ','.repeat(extra) : ls[i]!.split(',').slice(0, extra).join(',');
			return ls.join('\n');
		})
	),
	fc.record({ row: fc.nat(), col: fc.nat(), value: cell }).map(({ row, col, value }) =>
		onText(`cell ${row}:${col} = ${JSON.stringify(value)}`, (t) => {
			const ls = lines(t);
			const i = 1 + (row % Math.max(1, ls.length - 1));
			if (i >= ls.length) return t;
			const cells = ls[i]!.split(',');
			cells[col % cells.length] = value;
			ls[i] = cells.join(',');
			return ls.join('\n');
		})
	),
	fc.nat().map((row) =>
		onText(`duplicate row ${row}`, (t) => {
			const ls = lines(t);
			const i = 1 + (row % Math.max(1, ls.length - 1));
			if (i >= ls.length) return t;
			ls.splice(i, 0, ls[i]!);
			return ls.join('\n');
		})
	),
	fc.record({ col: fc.nat(), drop: fc.boolean() }).map(({ col, drop }) =>
		onText(`${drop ? 'drop' : 'duplicate'} column ${col}`, (t) =>
			lines(t)
				.map((l) => {
					const cells = l.split(',');
					const j = col % cells.length;
					if (drop) cells.splice(j, 1);
					else cells.splice(j, 0, cells[j]!);
					return cells.join(',');
				})
				.join('\n')
		)
	),
	fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }) =>
		onText(`swap header columns ${a} and ${b}`, (t) => {
			const ls = lines(t);
			const head = ls[0]!.split(',');
			const [i, j] = [a % head.length, b % head.length];
			[head[i], head[j]] = [head[j]!, head[i]!];
			ls[0] = head.join(',');
			return ls.join('\n');
		})
	),
	fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({
		name: `truncate at ${(at * 100).toFixed(0)}%`,
		apply: (b: Uint8Array) => b.slice(0, Math.floor(b.length * at))
	})),
	fc.record({ mask: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }) }).map(({ mask }) =>
		onText(`line endings ${JSON.stringify(mask)}`, (t) => {
			let k = 0;
			return t.replace(/\n/g, () => pick(mask, k++));
		})
	),
	fc.record({ row: fc.nat(), where: fc.constantFrom('start', 'line', 'twice') }).map(({ row, where }) =>
		onText(`BOM at ${where} ${row}`, (t) => {
			if (where === 'start') return `\ufeff${t}`;
			if (where === 'twice') return `\ufeff\ufeff${t}`;
			const ls = lines(t);
			const i = row % ls.length;
			ls[i] = `\ufeff${ls[i]}`;
			return ls.join('\n');
		})
	),
	fc
		.record({
			at: fc.double({ min: 0, max: 1, noNaN: true }),
			text: fc.constantFrom('"', '""', '"a,b', '\n', ',', '\u0000')
		})
		.map(({ at, text }) =>
			onText(`insert ${JSON.stringify(text)} at ${(at * 100).toFixed(0)}%`, (t) => {
				const i = Math.floor(t.length * at);
				return t.slice(0, i) + text + t.slice(i);
			})
		),
	fc
		.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) })
		.map(({ at, bytes }) => ({
			name: `insert bytes [${[...bytes].join(',')}] at ${(at * 100).toFixed(0)}%`,
			apply: (b: Uint8Array) => {
				const i = Math.floor(b.length * at);
				const out = new Uint8Array(b.length + bytes.length);
				out.set(b.subarray(0, i));
				out.set(bytes, i);
				out.set(b.subarray(i), i + bytes.length);
				return out;
			}
		})),
	fc.uint8Array({ maxLength: 200 }).map((bytes) => ({
		name: `replace with ${bytes.length} random bytes`,
		apply: () => bytes
	})),
	fc.constant({ name: 'empty file', apply: () => new Uint8Array() }),
	fc.constant(onText('header only', (t) => lines(t)[0]!)),
	fc.constant(onText('no header', (t) => lines(t).slice(1).join('\n')))
);

/** One to three mutations applied in turn. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

export function applyAll(list: Mutation[], bytes: Uint8Array): Uint8Array {
	return list.reduce((b, m) => m.apply(b), bytes);
}
