#!/usr/bin/env node
/**
 * Prints the final CI line "N passed, N failed" from Vitest's JSON report.
 * Usage: node scripts/test-summary.mjs <report.json> <exit status of the test command>
 * If the command failed before Vitest wrote a report (lint, type check or build), that stage counts
 * as one failure, so a red run never prints "0 failed".
 */
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, statusText = '0'] = process.argv.slice(2);
const status = Number(statusText);
let passed = 0;
let failed = 0;
if (reportPath && existsSync(reportPath)) {
	const report = JSON.parse(readFileSync(reportPath, 'utf8'));
	passed = report.numPassedTests ?? 0;
	failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
	// Suites that failed to load count too (their tests never ran).
	failed += (report.testResults ?? []).filter(
		(r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0
	).length;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
