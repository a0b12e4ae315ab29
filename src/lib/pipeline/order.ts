/** Locale-independent order of strings by UTF-16 code units: the same order on every machine (reproducible output). */
export function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
