/**
 * Streaming line splitter: feed it text chunks in order, it calls back once per line.
 * Pure module (no I/O); memory is one partial line, whatever the file size.
 *
 * Handles the encodings seen in the CNEMC copies (SOURCES.md): LF and CRLF endings (EcoAudit LF,
 * Endorphin313 / Xinyu18 CRLF), a UTF-8 byte-order mark at the start (aqistudy file), and a last line
 * without a terminator. A lone CR is kept in the line text, so it fails value validation loudly.
 */

/** One line: `text` without terminator (and without a leading BOM); `no` is 1-based. */
export interface Line {
	text: string;
	no: number;
	/** False only for a last line that ends at end-of-file without `\n` — used to detect truncation. */
	terminated: boolean;
}

/** What the splitter saw, for PROVENANCE. */
export interface LineStats {
	lines: number;
	crlf: number;
	lf: number;
	bom: boolean;
	/** True when the input ended with a line terminator (or was empty). */
	finalNewline: boolean;
}

/** Splits chunks into {@link Line}s. Call {@link LineSplitter.push} per chunk, then {@link LineSplitter.end}. */
export class LineSplitter {
	private rest = '';
	private started = false;
	private readonly stats: LineStats = { lines: 0, crlf: 0, lf: 0, bom: false, finalNewline: true };

	constructor(private readonly onLine: (line: Line) => void) {}

	/** Feeds the next chunk of decoded text. */
	push(chunk: string): void {
		if (chunk.length === 0) return;
		let text = this.rest.length > 0 ? this.rest + chunk : chunk;
		if (!this.started) {
			this.started = true;
			if (text.charCodeAt(0) === 0xfeff) {
				this.stats.bom = true;
				text = text.slice(1);
			}
		}
		let start = 0;
		let nl = text.indexOf('\n', start);
		while (nl !== -1) {
			let end = nl;
			if (end > start && text.charCodeAt(end - 1) === 13) {
				end--;
				this.stats.crlf++;
			} else {
				this.stats.lf++;
			}
			this.emit(text.slice(start, end), true);
			start = nl + 1;
			nl = text.indexOf('\n', start);
		}
		this.rest = start === 0 ? text : text.slice(start);
	}

	/** Flushes a last unterminated line and returns the statistics. */
	end(): LineStats {
		if (this.rest.length > 0) {
			this.stats.finalNewline = false;
			this.emit(this.rest, false);
			this.rest = '';
		}
		return { ...this.stats };
	}

	private emit(text: string, terminated: boolean): void {
		this.stats.lines++;
		this.onLine({ text, no: this.stats.lines, terminated });
	}
}

/** Splits a whole string (tests, small inputs) into {@link Line}s. */
export function splitAll(text: string): { lines: Line[]; stats: LineStats } {
	const lines: Line[] = [];
	const s = new LineSplitter((l) => lines.push(l));
	s.push(text);
	return { lines, stats: s.end() };
}
