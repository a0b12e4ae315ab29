/**
 * The deck a reader's URL names (/present/?s=a,b,c), read by the deck's and the presenter view's
 * scripts against the catalogue's ids (./catalogue.ts; the page lists them). Pure, and never echoes
 * its input: the result holds only the catalogue's own ids and how many values were ignored.
 */

/** The most slides a deck in the URL may name (a meeting deck is a few dozen slides at most). */
export const MAX_SLIDES = 60;

/** The most characters `?s=` may have (60 ids of up to 40 characters and their commas). */
export const MAX_SELECTION_LENGTH = 2500;

/**
 * The slides `?s=` names (comma-separated ids), in its order: only ids in `known` (exact match),
 * each once, at most MAX_SLIDES. Everything else is counted in `ignored` and never echoed: the result
 * holds only the catalogue's own ids. A value that is not a string or is too long is ignored whole.
 * Null when the URL names no deck (no `?s=`, or an empty one): the default deck.
 */
export function parseSelection(value: unknown, known: readonly string[]): { ids: string[]; ignored: number } | null {
	if (value === null || value === undefined) return null;
	if (typeof value !== 'string' || value.length > MAX_SELECTION_LENGTH) return { ids: [], ignored: 1 };
	const parts = value
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p !== '');
	if (parts.length === 0) return null;
	const ids: string[] = [];
	let ignored = 0;
	for (const part of parts) {
		const index = known.indexOf(part);
		if (index === -1 || ids.includes(known[index]!) || ids.length >= MAX_SLIDES) ignored++;
		else ids.push(known[index]!);
	}
	return { ids, ignored };
}

/** A position from the builder's form (`n.<id>`): a whole number 1–999, else none. */
const position = (value: string | null): number | null =>
	value !== null && /^\d{1,3}$/.test(value.trim()) && Number(value) >= 1 ? Number(value) : null;

/**
 * The deck a page's query names: `?s=a,b,c` (the short link), or the builder's form without JavaScript
 * (`?s=a&s=b&n.a=2&n.b=1`: one `s` per chosen slide, and each slide's position, which orders them;
 * ties and slides without a position keep their order). Unknown, repeated or surplus ids are counted
 * in `ignored` (see parseSelection). Null when the query names no deck.
 */
export function selectionFromQuery(
	query: Pick<URLSearchParams, 'get' | 'getAll'>,
	known: readonly string[]
): { ids: string[]; ignored: number } | null {
	const values = query.getAll('s');
	if (values.length === 0) return null;
	const joined = values.join(',');
	const selection = parseSelection(joined, known);
	if (!selection) return null;
	const rank = (id: string) => position(query.get(`n.${id}`)) ?? Infinity;
	const ids = selection.ids
		.map((id, i) => ({ id, i, n: rank(id) }))
		.sort((a, b) => a.n - b.n || a.i - b.i)
		.map((x) => x.id);
	return { ids, ignored: selection.ignored };
}
