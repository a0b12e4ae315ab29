/**
 * A chart's title that states its finding: the first sentence of its summary, which every kind computes
 * from the chart's own data in the page's language (kinds/<kind>/summary.ts). The metric's name stays
 * beside it as the chart's name; the whole summary stays in the frame. Never a sentence of its own.
 */
export function findingTitle(summary: string): string {
	const text = summary.trim();
	// Chinese: the first full stop (。！？). English: a full stop, ! or ? followed by a space and a capital,
	// digit or quote — so "2.34" and "No. 3" stay whole.
	const zh = /^[^。！？]*[。！？]/u.exec(text);
	const en = /^.*?(?<!\b(?:No|vs|e\.g|i\.e))[.!?](?=\s+[A-Z0-9“"(])/su.exec(text);
	const candidates = [zh?.[0], en?.[0]].filter((s): s is string => !!s && s.length < text.length);
	if (candidates.length === 0) return text;
	return candidates.reduce((a, b) => (a.length <= b.length ? a : b)).trim();
}

/** A sentence as a heading (a slide's title): without its closing full stop ("…降至2.34。" → "…降至2.34"). */
export const asHeading = (sentence: string): string => sentence.trim().replace(/[。.]$/u, '');
