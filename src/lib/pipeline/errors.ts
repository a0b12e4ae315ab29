/**
 * One problem found in a data file: where it is (file, line, column), which field, the value found
 * and what was expected. Line and column are 1-based; column is omitted for file-level problems.
 */
export interface DataIssue {
	file: string;
	line: number;
	column?: number;
	field: string;
	value: string;
	expected: string;
}

/** Formats an issue as `file:line:column field: got "value", expected …` (the form editors link). */
export function formatIssue(issue: DataIssue): string {
	const where = issue.column ? `${issue.file}:${issue.line}:${issue.column}` : `${issue.file}:${issue.line}`;
	const shown = issue.value.length > 80 ? `${issue.value.slice(0, 77)}...` : issue.value;
	return `${where} ${issue.field}: got ${JSON.stringify(shown)}, expected ${issue.expected}`;
}

/** Thrown when a data file cannot be read at all; carries every issue found so far. */
export class DataError extends Error {
	readonly issues: DataIssue[];
	constructor(issues: DataIssue | DataIssue[]) {
		const list = Array.isArray(issues) ? issues : [issues];
		super(list.map(formatIssue).join('\n'));
		this.name = 'DataError';
		this.issues = list;
	}
}
