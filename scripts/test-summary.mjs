#!/usr/bin/env node
/**
 * Prints the final CI line "N passed, N failed" from Vitest's JSON reports (`npm test` writes two:
 * test-results/fast.json and test-results/browser.json), after one line naming the skipped tests.
 * Usage: node scripts/test-summary.mjs <exit status of the test command> <report.json>...
 * If the command failed where no report says so (lint, type check, build, or a stage that never ran),
 * that counts as one failure, so a red run never prints "0 failed".
 */
import { existsSync, readFileSync } from 'node:fs';

const [statusText = '0', ...reports] = process.argv.slice(2);
const status = Number(statusText);
let passed = 0;
let failed = 0;
/** @type {string[]} */
const skipped = [];
for (const reportPath of reports) {
	if (!existsSync(reportPath)) continue;
	const report = JSON.parse(readFileSync(reportPath, 'utf8'));
	passed += report.numPassedTests ?? 0;
	failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
	for (const file of report.testResults ?? []) {
		// Suites that failed to load count too (their tests never ran).
		if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
		for (const test of file.assertionResults ?? [])
			if (test.status === 'skipped' || test.status === 'pending') skipped.push(test.fullName ?? test.title);
	}
}
if (status !== 0 && failed === 0) failed = 1;
if (skipped.length > 0) {
	console.log(`${skipped.length} skipped:`);
	for (const name of skipped) console.log(`  - ${name}`);
}
console.log(`${passed} passed, ${failed} failed`);
