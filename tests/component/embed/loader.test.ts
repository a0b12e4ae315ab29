import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';

/**
 * static/embed/loader.js in jsdom: which messages resize which iframe. (The browser test in
 * tests/e2e/embed.test.ts runs it for real across three origins.)
 */
const SITE = 'https://dashboard.example';

beforeAll(() => {
	new Function(readFileSync('static/embed/loader.js', 'utf8'))();
});
afterEach(() => {
	document.body.innerHTML = '';
});

function frame(attrs: string) {
	document.body.insertAdjacentHTML('beforeend', `<iframe ${attrs}></iframe>`);
	return document.body.lastElementChild as HTMLIFrameElement;
}

function send(data: unknown, origin: string, source: Window | null) {
	window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

const message = (height: unknown) => ({ type: 'xiamen-dashboard:height', id: 'a', height, version: 1 });

describe('the embed loader', () => {
	test('resizes the iframe whose window and origin sent the message', () => {
		const a = frame(`data-xiamen-embed src="${SITE}/embed/a/"`);
		const b = frame(`data-xiamen-embed src="${SITE}/en/embed/b/?theme=dark"`);
		send(message(640), SITE, b.contentWindow);
		expect(b.style.height).toBe('640px');
		expect(a.style.height).toBe('');
	});

	test.each([
		{ name: 'another origin', origin: 'https://evil.example', height: 640 },
		{ name: 'a height of text', origin: SITE, height: '640' },
		{ name: 'a huge height', origin: SITE, height: 20001 },
		{ name: 'zero', origin: SITE, height: 0 },
		{ name: 'a fraction', origin: SITE, height: 640.5 },
		{ name: 'NaN', origin: SITE, height: Number.NaN }
	])('ignores $name', ({ origin, height }) => {
		const a = frame(`data-xiamen-embed src="${SITE}/embed/a/"`);
		send(message(height), origin, a.contentWindow);
		expect(a.style.height).toBe('');
	});

	test('ignores a message from a window that is not one of its iframes, or from an unmarked iframe', () => {
		const a = frame(`data-xiamen-embed src="${SITE}/embed/a/"`);
		const other = frame(`src="${SITE}/embed/a/"`);
		send(message(640), SITE, window);
		send(message(640), SITE, other.contentWindow);
		send(message(640), SITE, null);
		expect(a.style.height).toBe('');
		expect(other.style.height).toBe('');
	});

	test('ignores other shapes', () => {
		const a = frame(`data-xiamen-embed src="${SITE}/embed/a/"`);
		for (const data of [
			'pymxPYMxaxPYMxheightxPYMx640',
			{ ...message(640), version: 2 },
			{ ...message(640), type: 'height' },
			null,
			[640]
		])
			send(data, SITE, a.contentWindow);
		expect(a.style.height).toBe('');
	});

	test('adds borders and padding when the host uses border-box sizing', () => {
		const a = frame(
			`data-xiamen-embed src="${SITE}/embed/a/" style="box-sizing: border-box; border: 2px solid; padding: 3px 0"`
		);
		send(message(600), SITE, a.contentWindow);
		expect(a.style.height).toBe('610px');
	});
});
