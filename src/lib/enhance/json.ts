/**
 * Reading what a prerendered page wrote for its script: JSON in an attribute, checked before use, and
 * messages with `{name}` placeholders. Pure (tested in tests/unit/enhance/).
 */

/** JSON from an attribute the page wrote, or `fallback` when it is missing or not what was expected. */
export function readJson<T>(text: string | null | undefined, fallback: T, valid: (value: unknown) => boolean): T {
	if (!text) return fallback;
	try {
		const value: unknown = JSON.parse(text);
		return valid(value) ? (value as T) : fallback;
	} catch {
		return fallback;
	}
}

/** A plain object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{name}` placeholders in a message filled in (`export_done` with `{file}`); unknown names stay. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole
	);
}
