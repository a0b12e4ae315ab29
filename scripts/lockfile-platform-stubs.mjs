#!/usr/bin/env node
/**
 * Paraglide's @inlang/sdk depends on @lix-js/sdk, whose optional per-platform binaries for other
 * platforms (darwin-arm64, linux-arm64, win32-x64) are not on this registry, so `npm install` leaves
 * them out of package-lock.json and `npm ci` then refuses the lockfile as out of sync. This adds
 * lock entries for them, marked optional with their os/cpu, which `npm ci` skips on linux-x64.
 * Run it after any `npm install`: node scripts/lockfile-platform-stubs.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(packages)) {
	for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
		const target = `node_modules/${name}`;
		if (packages[target] || !/-(darwin|linux|win32)-(arm64|x64)$/.test(name)) continue;
		const [, os, cpu] = name.match(/-(darwin|linux|win32)-(arm64|x64)$/);
		packages[target] = { version: spec.replace(/^[\^~]/, ''), cpu: [cpu], dev: entry.dev, optional: true, os: [os] };
		added++;
		console.log(`added lock stub for ${name}@${spec} (optional dependency of ${key})`);
	}
}
if (added > 0) {
	lock.packages = Object.fromEntries(
		Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1))
	);
	writeFileSync(path, `${JSON.stringify(lock, null, '\t')}\n`);
}
console.log(`${added} stub(s) added`);
