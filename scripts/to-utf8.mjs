#!/usr/bin/env node
/**
 * Converts a table saved by Excel on a Chinese Windows machine (GB18030/GBK, "CSV (逗号分隔)") to UTF-8,
 * the only encoding `npm run data` accepts. Line endings and every character are kept as they are.
 *
 *   npm run to-utf8 -- data/figures/air.csv                 # converts the file in place
 *   npm run to-utf8 -- in.csv out.csv                       # writes out.csv, leaves in.csv alone
 *
 * A file that is already valid UTF-8 is left untouched (converting it again would garble it). A file that
 * is not valid GB18030 either is refused. Exit code 0 on success, 1 on any problem.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

/**
 * The UTF-8 bytes of a GB18030 file, or a reason it cannot be converted.
 * @param {Uint8Array} bytes
 * @returns {{ ok: true, bytes: Buffer } | { ok: false, reason: string }}
 */
export function gb18030ToUtf8(bytes) {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { ok: false, reason: 'already UTF-8; nothing to convert' };
	} catch {
		/* not UTF-8: convert below */
	}
	try {
		// Strict check first: iconv-lite replaces undecodable bytes silently.
		new TextDecoder('gb18030', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, reason: 'neither UTF-8 nor GB18030/GBK; open it in Excel and save as "CSV UTF-8 (逗号分隔)"' };
	}
	const text = iconv.decode(Buffer.from(bytes), 'gb18030', { stripBOM: false });
	return { ok: true, bytes: iconv.encode(text, 'utf8', { addBOM: false }) };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
	const [input, output] = process.argv.slice(2).filter((a) => a !== '--');
	if (!input) {
		console.error(
			'usage: npm run to-utf8 -- <file.csv> [out.csv]   (converts GB18030/GBK to UTF-8; in place without out.csv)'
		);
		process.exit(1);
	}
	const result = gb18030ToUtf8(readFileSync(input));
	if (!result.ok) {
		console.error(`${input}: ${result.reason}`);
		process.exit(result.reason.startsWith('already') ? 0 : 1);
	}
	const target = output ?? input;
	// Write beside the target and rename, so an interrupted run never leaves half a file.
	writeFileSync(`${target}.utf8-tmp`, result.bytes);
	renameSync(`${target}.utf8-tmp`, target);
	console.log(`${input}: GB18030 → UTF-8${output ? ` → ${output}` : ' (in place)'}`);
}
