/**
 * The names a footnote line shows: all of them when there are at most `max`, else the first `max - 1`
 * and how many more (the slide's sentence says "等N项" / "and N more"; every one is on the last slide).
 */
export function footnoteNames(names: string[], max = 3): { shown: string[]; more: number } {
	const unique = [...new Set(names)];
	if (unique.length <= max) return { shown: unique, more: 0 };
	return { shown: unique.slice(0, max - 1), more: unique.length - (max - 1) };
}
