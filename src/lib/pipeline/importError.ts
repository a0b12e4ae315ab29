/**
 * The importers' error type: every data error names the file, line, column and the offending value
 * (task rule: "Errors name file, line and column and the bad value"); and what an importer's command
 * prints when an import fails.
 */
import { DataError } from './errors';

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

/**
 * The message an importer's command prints when the import stopped (nothing was written): an
 * ImportError (bad input), or a DataError (a table already in the output folder does not satisfy its
 * schema, every problem listed). Null for any other error, which the command rethrows.
 */
export function importFailure(command: string, error: unknown): string | null {
	if (error instanceof ImportError) return `${command} failed, nothing written: ${error.message}`;
	if (error instanceof DataError)
		return (
			`${command} failed, nothing written: a table already in the output folder is invalid ` +
			`(fix it, or restore it with git checkout -- data/derived, and import again):\n${error.message}`
		);
	return null;
}
