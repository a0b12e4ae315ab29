/**
 * The import's error type: every data error names the file, line, column and the offending value
 * (task rule: "Errors name file, line and column and the bad value").
 */

/** Where and what went wrong. `line`/`column` are 1-based; the header is line 1. */
export interface ErrorLocation {
	/** File path relative to the input directory (POSIX separators). */
	file: string;
	line?: number;
	column?: number;
	columnName?: string;
	value?: string;
}

/**
 * A data error found while importing. The message reads
 * `file:line: column N (name) = "value": reason`, omitting the parts that do not apply.
 */
export class ImportError extends Error {
	readonly location: ErrorLocation;
	readonly reason: string;

	constructor(location: ErrorLocation, reason: string) {
		super(formatLocation(location) + reason);
		this.name = 'ImportError';
		this.location = location;
		this.reason = reason;
	}
}

/** `file:line: column N (name) = "value": ` — the prefix of an {@link ImportError} message. */
export function formatLocation(l: ErrorLocation): string {
	let s = l.file;
	if (l.line !== undefined) s += `:${l.line}`;
	s += ': ';
	if (l.column !== undefined) {
		s += `column ${l.column}`;
		if (l.columnName !== undefined) s += ` (${l.columnName})`;
		if (l.value !== undefined) s += ` = ${JSON.stringify(l.value)}`;
		s += ': ';
	} else if (l.value !== undefined) {
		s += `${JSON.stringify(l.value)}: `;
	}
	return s;
}
