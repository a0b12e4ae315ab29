import type { Source } from '../data/types';

/** The longest short name, in characters (a footnote names up to three documents on one line). */
export const SHORT_NAME_MAX = 26;

/**
 * A document's short name for a slide's footnote, from its registry title: the title without its
 * publisher in front and without the bracketed remark at its end (who reported or mirrored it, which
 * is on the sources slide), cut at SHORT_NAME_MAX characters. "厦门市生态环境局2024年生态环境保护工作总结"
 * → "2024年生态环境保护工作总结"; "2023年厦门市生态环境状况公报（东南网/海峡导报报道，转载页）" →
 * "2023年厦门市生态环境状况公报". The full entry is on the deck's last slide.
 */
export function shortSourceName(source: Pick<Source, 'title' | 'publisher'>): string {
	let name = source.title.trim();
	if (source.publisher && name.startsWith(source.publisher) && name.length > source.publisher.length)
		name = name.slice(source.publisher.length);
	name = name.replace(/\s*[（(][^（）()]*[）)]\s*$/, '').trim() || source.title.trim();
	const chars = [...name];
	return chars.length > SHORT_NAME_MAX ? `${chars.slice(0, SHORT_NAME_MAX - 1).join('')}…` : name;
}

/**
 * The names a footnote line shows: all of them when there are at most `max`, else the first `max - 1`
 * and how many more (the slide's sentence says "等N项" / "and N more"; every one is on the last slide).
 */
export function footnoteNames(names: string[], max = 3): { shown: string[]; more: number } {
	const unique = [...new Set(names)];
	if (unique.length <= max) return { shown: unique, more: 0 };
	return { shown: unique.slice(0, max - 1), more: unique.length - (max - 1) };
}
