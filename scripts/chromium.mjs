import { existsSync } from 'node:fs';

/**
 * How every tool in this repo launches Chromium: Debian's package (never a downloaded browser),
 * headless, with the background-networking flags that keep it from calling other hosts.
 *
 * Debian's `chromium-headless-shell` first: the same Chromium (same version, same Blink) built as the
 * headless shell, without the desktop browser's UI and its compositor around each page. The browser
 * suite passes the same on both; on the shell it used 652 s of CPU instead of about 1,300 s (every
 * Chromium process counted, 2-core machine, 2026-12-07). `/usr/bin/chromium` where the shell is not
 * installed; `CHROMIUM_PATH` overrides both.
 */
const SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(SHELL) ? SHELL : '/usr/bin/chromium');
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
