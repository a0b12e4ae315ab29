import * as v from 'valibot';

/**
 * Cell schemas: each takes the raw (trimmed) text of one CSV cell and either returns a typed value
 * or fails with a message saying what was expected. The message is what the pipeline prints.
 */
export type Cell<T> = v.GenericSchema<string, T>;

/** A required, non-empty string. */
export const text = (): Cell<string> => v.pipe(v.string(), v.minLength(1, 'a non-empty value'));

/** Any string, including empty. */
export const optionalText = (): Cell<string> => v.string();

/** A whole number in [min, max]. */
export const integer = (min: number, max: number): Cell<number> =>
	v.pipe(
		v.string(),
		v.regex(/^-?\d+$/, `a whole number between ${min} and ${max}`),
		v.transform(Number),
		v.minValue(min, `a whole number between ${min} and ${max}`),
		v.maxValue(max, `a whole number between ${min} and ${max}`)
	);

/** A plain decimal number as people type it: optional sign, digits, optional fraction; no units, no commas. */
export const decimal = (): Cell<{ value: number; decimals: number }> =>
	v.pipe(
		v.string(),
		v.regex(/^[+-]?\d+(\.\d+)?$/, 'a number like 12 or -3.45 (no units, no thousands separators)'),
		v.transform((s) => ({ value: Number(s), decimals: s.includes('.') ? s.split('.')[1]!.length : 0 }))
	);

/**
 * A number in [min, max] (a decimal, as {@link decimal} reads it): `what` names it in the message, e.g.
 * `a concentration between 0 and 1200 µg/m³`.
 */
export const bounded = (min: number, max: number, what: string): Cell<number> =>
	v.pipe(
		decimal(),
		v.check((d) => d.value >= min && d.value <= max, what),
		v.transform((d) => d.value)
	);

/** One of a fixed list of words. */
export const oneOf = <const T extends readonly string[]>(options: T): Cell<T[number]> =>
	v.pipe(v.string(), v.picklist(options, `one of: ${options.join(', ')}`)) as unknown as Cell<T[number]>;

/** A lower-case identifier: letters, digits, and `-`, `_` or `.` after the first character. */
export const identifier = (): Cell<string> =>
	v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_.-]*$/, 'an identifier of lower-case letters, digits, -, _ or .'));

/** A kebab-case id: lower-case ASCII letters and digits joined by single hyphens (`sea-ditches`). */
export const kebab = (): Cell<string> =>
	v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id of lower-case letters and digits joined by -'));

/** A date as precise as the source gives it: YYYY, YYYY-MM, YYYY-MM-DD, or a range start/end. */
export const partialDate = (): Cell<string> =>
	v.pipe(
		v.string(),
		v.regex(
			/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(\/\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/,
			'a date YYYY, YYYY-MM or YYYY-MM-DD (or a range start/end)'
		)
	);

/** A calendar date YYYY-MM-DD. */
export const isoDate = (): Cell<string> =>
	v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date YYYY-MM-DD'));

/** An http(s) address, or empty when the address was not recorded. */
export const optionalUrl = (): Cell<string> =>
	v.union([v.literal(''), v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/), v.url())], 'an http(s) address, or empty');

/** `true` or `false`. */
export const boolean = (): Cell<boolean> =>
	v.pipe(
		v.string(),
		v.picklist(['true', 'false'], 'true or false'),
		v.transform((s) => s === 'true')
	);

/** An HJ 633 category level, 1 (优) to 6 (严重污染). */
export const aqiLevel = (): Cell<1 | 2 | 3 | 4 | 5 | 6> =>
	v.pipe(
		v.string(),
		v.picklist(['1', '2', '3', '4', '5', '6'], 'an AQI level from 1 to 6'),
		v.transform((s) => Number(s) as 1 | 2 | 3 | 4 | 5 | 6)
	);

/** Empty, or what `inner` accepts. */
export const orEmpty = <T>(inner: Cell<T>): Cell<T | null> =>
	v.union(
		[
			v.pipe(
				v.literal(''),
				v.transform(() => null)
			),
			inner
		],
		(issue) => `empty, or ${firstMessage(inner, issue.input as string)}`
	) as Cell<T | null>;

/** The message a schema gives for an input it rejects (used to build composite messages). */
export function firstMessage<T>(schema: Cell<T>, input: string): string {
	const result = v.safeParse(schema, input);
	return result.success ? '' : (result.issues[0]?.message ?? 'a valid value');
}
