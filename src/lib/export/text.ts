/**
 * The words that travel with an exported chart (pure): line wrapping for text drawn into an image,
 * the source line, the latest source date, and the sidecar file with sources and licence.
 */
import type { Source } from '../data/types';

/** CJK ideographs, kana, hangul and full-width forms: each may be broken after. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/;
/**
 * Punctuation that must not start a line (NO_START matches a leading run of it), and that must not end
 * one (Chinese line-breaking rules, simplified).
 */
const NO_START = /^[，。、；：？！）》」』】〕…—,.;:?!)\]}%]+/;
const NO_END = /[（《「『【〔([{]$/;

/** Splits text into breakable pieces: single CJK characters, words (with their spaces after). */
export function breakPieces(text: string): string[] {
	const pieces: string[] = [];
	let word = '';
	for (const ch of text) {
		if (CJK.test(ch)) {
			if (word) pieces.push(word);
			word = '';
			pieces.push(ch);
		} else if (/\s/.test(ch)) {
			word += ch;
			pieces.push(word);
			word = '';
		} else {
			word += ch;
		}
	}
	if (word) pieces.push(word);
	return pieces;
}

/**
 * Greedy line wrapping to `maxWidth` as measured by `measure`: breaks between words and between CJK
 * characters; never starts a line with closing punctuation (it stays on the line before, slightly
 * over) nor ends one with an opening bracket (it moves down); breaks a piece wider than a whole line
 * (a long URL) between characters.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	const push = () => {
		if (line.trim()) lines.push(line.trimEnd());
		line = '';
	};
	/** Starts a line with `text`, cutting it between characters if even a whole line is too narrow. */
	const start = (text: string) => {
		line = '';
		if (measure(text) <= maxWidth) {
			line = text;
			return;
		}
		for (const ch of text) {
			if (line && measure(line + ch) > maxWidth) push();
			line += ch;
		}
	};
	const pieces = breakPieces(text.replace(/\s+/g, ' ').trim());
	for (let i = 0; i < pieces.length; i++) {
		const piece = pieces[i]!;
		const closing = NO_START.exec(piece)?.[0];
		if (!line.trim()) start(line + piece);
		else if (measure(line + piece) <= maxWidth) line += piece;
		else if (closing) {
			// Closing punctuation stays at the end of this line (slightly over); what follows it in the
			// same piece ("%//<", "),and") is wrapped as a piece of its own.
			line += closing;
			if (closing.length < piece.length) pieces.splice(i + 1, 0, piece.slice(closing.length));
		} else {
			// An opening bracket at the end of the line moves down with what it opens.
			const carry = NO_END.test(line) ? line.slice(-1) : '';
			line = line.slice(0, line.length - carry.length);
			push();
			start(carry + piece.trimStart());
		}
	}
	push();
	return lines;
}

/** The end of a source date (`2013-12/2017-01` → `2017-01`); empty stays empty. */
export function dateEnd(date: string): string {
	return date.includes('/') ? date.slice(date.indexOf('/') + 1) : date;
}

/** The latest of some source dates (YYYY, YYYY-MM, YYYY-MM-DD, ranges), or null if none has a date. */
export function latestDate(dates: string[]): string | null {
	const valid = dates.map(dateEnd).filter((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d));
	return valid.length === 0 ? null : valid.reduce((a, b) => (b > a ? b : a));
}

/** "Source: A (2025-02-18); B (2024-06-05)" in the page's language. */
export function sourceText(sources: Pick<Source, 'title' | 'date'>[], lang: 'zh' | 'en', label: string): string {
	if (sources.length === 0) return '';
	const items = sources.map((s) => {
		const date = dateEnd(s.date);
		if (!date) return s.title;
		return lang === 'zh' ? `${s.title}（${date}）` : `${s.title} (${date})`;
	});
	return lang === 'zh' ? `${label}：${items.join('；')}` : `${label}: ${items.join('; ')}`;
}

export interface SidecarLabels {
	sources: string;
	licence: string;
	page: string;
	data: string;
	noUrl: string;
}

/**
 * The text file that goes with a chart's CSV: what the chart is, where it lives, every source with its
 * publisher, date and address, and the licence note.
 */
export function sidecarText(input: {
	title: string;
	subtitle?: string;
	pageUrl: string;
	csvFile: string;
	sources: Pick<Source, 'title' | 'publisher' | 'date' | 'url'>[];
	licence: string;
	labels: SidecarLabels;
}): string {
	const { labels } = input;
	const lines = [input.title];
	if (input.subtitle) lines.push(input.subtitle);
	lines.push('', `${labels.page}: ${input.pageUrl}`, `${labels.data}: ${input.csvFile}`, '', `${labels.sources}:`);
	for (const s of input.sources) {
		const parts = [s.title, s.publisher, dateEnd(s.date)].filter(Boolean).join(', ');
		lines.push(`- ${parts}`, `  ${s.url || labels.noUrl}`);
	}
	lines.push('', `${labels.licence}:`, input.licence, '');
	return lines.join('\r\n');
}
