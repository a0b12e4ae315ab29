import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingFolderMessage } from '../../../src/lib/pipeline/inputFolder';

const use = { command: 'import:cnemc', holds: 'the CNEMC hourly files', usage: 'DIR' };

describe('an importer without its folder says what is missing and what to pass', () => {
	const dir = mkdtempSync(join(tmpdir(), 'xm-folder-'));
	writeFileSync(join(dir, 'file.csv'), 'x\n');

	test.each([
		{
			name: 'a missing folder',
			path: '/repo/../shared/sources/cnemc',
			cwd: '/repo',
			expected:
				'import:cnemc: ../shared/sources/cnemc does not exist (the CNEMC hourly files, kept outside the repository, see README). Pass the folder that holds them: npm run import:cnemc -- DIR'
		},
		{
			name: 'a folder far away is shown in full',
			path: '/x/y/nope',
			cwd: '/repo/a',
			expected: /^import:cnemc: \/x\/y\/nope does not exist/
		},
		{
			name: 'a file is not a folder',
			path: join(dir, 'file.csv'),
			cwd: dir,
			expected: /^import:cnemc: file\.csv is not a folder/
		},
		{ name: 'an existing folder: nothing to say', path: dir, cwd: dir, expected: null }
	])('$name', ({ path, cwd, expected }) => {
		const message = missingFolderMessage(path, use, cwd);
		if (expected === null || typeof expected === 'string') expect(message).toBe(expected);
		else expect(message).toMatch(expected);
	});

	test.each([
		{ script: 'src/lib/pipeline/cnemc/cli.ts', start: 'import:cnemc: ' },
		{ script: 'src/lib/pipeline/water/cli.ts', start: 'import:water: ' },
		{ script: 'src/lib/pipeline/geo/cli.ts', start: 'geo: ' }
	])(
		'$script prints one line and exits 1, no stack trace',
		({ script, start }) => {
			let status = 0;
			let stderr = '';
			try {
				execFileSync(process.execPath, ['--import', 'tsx', script, join(dir, 'nope')], {
					encoding: 'utf8',
					stdio: 'pipe'
				});
			} catch (error) {
				const e = error as { status: number; stderr: string };
				status = e.status;
				stderr = e.stderr;
			}
			expect(status).toBe(1);
			const lines = stderr.trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]!.startsWith(start)).toBe(true);
			expect(lines[0]).toContain('does not exist');
			expect(lines[0]).toMatch(/Pass the folder that holds them: npm run \S+ -- /);
		},
		60_000
	); // starting tsx twice on a shared 2-core machine; not an assertion about speed
});
