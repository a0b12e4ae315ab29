/**
 * Input guard shared by every calculation.
 */

/**
 * Throws RangeError unless `value` is a finite number ≥ 0, and returns it.
 * STANDARDS.md §7 project rule: "Negative or non-numeric input is an error, not a number."
 * Non-finite values (±Infinity) are rejected for the same reason.
 */
export function assertNonNegative(value: number, what: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
		throw new RangeError(`${what}: expected a finite number ≥ 0, got ${String(value)}`);
	}
	return value;
}
