import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DeckController } from '../../../src/lib/enhance/slideShow';
import { SYNC_CHANNEL } from '../../../src/lib/present/sync';

/**
 * The slide controller of the deck's two windows (src/lib/present/client/controller.ts): the URL hash,
 * history, and the messages between windows. Both windows are simulated in one document; the other
 * window is a BroadcastChannel of the same name (the deck's own protocol, src/lib/present/sync.ts).
 */

const COUNT = 5;
const DECK = '2024:test';
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

let stops: (() => void)[] = [];
let other: BroadcastChannel;
let heard: unknown[];

beforeEach(() => {
	history.replaceState(null, '', '/present/');
	other = new BroadcastChannel(SYNC_CHANNEL);
	heard = [];
	other.onmessage = (event) => heard.push(event.data);
});
afterEach(() => {
	for (const stop of stops) stop();
	stops = [];
	other.close();
});

function open(hash: string) {
	history.replaceState(null, '', `/present/${hash}`);
	const changes: number[] = [];
	const nav = new DeckController({ deck: DECK, count: COUNT, onChange: (i) => changes.push(i) });
	stops.push(nav.start());
	return { nav, changes };
}

describe('the slide from the URL hash', () => {
	test.each([
		{ hash: '', index: 0, fixed: '#1' },
		{ hash: '#3', index: 2, fixed: '#3' },
		{ hash: `#${COUNT}`, index: COUNT - 1, fixed: `#${COUNT}` },
		{ hash: `#${COUNT + 1}`, index: 0, fixed: '#1' },
		{ hash: '#0', index: 0, fixed: '#1' },
		{ hash: '#<b>x</b>', index: 0, fixed: '#1' }
	])('"$hash" opens slide $index and the hash reads $fixed', ({ hash, index, fixed }) => {
		const before = history.length;
		const { changes } = open(hash);
		expect(changes).toEqual([index]);
		expect(location.hash).toBe(fixed);
		// Fixing the hash adds no history entry.
		expect(history.length).toBe(before);
	});
});

describe('moves', () => {
	test('a move updates the hash, calls onChange once and tells the other window', async () => {
		const { nav, changes } = open('#2');
		nav.go({ type: 'next' });
		expect(location.hash).toBe('#3');
		expect(changes).toEqual([1, 2]);
		await flush();
		expect(heard).toContainEqual({ protocol: 1, type: 'slide', deck: DECK, from: expect.any(String), index: 2 });
	});

	test('a move past either end does nothing and tells nobody', async () => {
		const { nav, changes } = open(`#${COUNT}`);
		await flush();
		heard = [];
		nav.go({ type: 'next' });
		nav.go({ type: 'last' });
		await flush();
		expect(changes).toEqual([COUNT - 1]);
		expect(heard).toEqual([]);
	});

	test('a new window asks where the others are', async () => {
		open('');
		await flush();
		expect(heard).toEqual([{ protocol: 1, type: 'hello', deck: DECK, from: expect.any(String) }]);
	});
});

describe('the other window', () => {
	test('its slide is followed, and not told back', async () => {
		const { changes } = open('#1');
		await flush();
		heard = [];
		other.postMessage({ protocol: 1, type: 'slide', deck: DECK, from: 'presenter', index: 3 });
		await flush();
		expect(changes).toEqual([0, 3]);
		expect(location.hash).toBe('#4');
		expect(heard).toEqual([]);
	});

	test('its hello is answered with the slide shown', async () => {
		open('#2');
		await flush();
		heard = [];
		other.postMessage({ protocol: 1, type: 'hello', deck: DECK, from: 'late' });
		await flush();
		expect(heard).toEqual([{ protocol: 1, type: 'slide', deck: DECK, from: expect.any(String), index: 1 }]);
	});

	test.each([
		{ why: 'another deck', message: { protocol: 1, type: 'slide', deck: '2023:x', from: 'p', index: 3 } },
		{ why: 'out of range', message: { protocol: 1, type: 'slide', deck: DECK, from: 'p', index: COUNT } },
		{ why: 'not a number', message: { protocol: 1, type: 'slide', deck: DECK, from: 'p', index: '3' } },
		{ why: 'markup', message: '<img src=x onerror=alert(1)>' }
	])('a message from $why is ignored', async ({ message }) => {
		const { changes } = open('#1');
		other.postMessage(message);
		await flush();
		expect(changes).toEqual([0]);
		expect(location.hash).toBe('#1');
	});
});

describe('history', () => {
	test('Back (a hash change) moves to that slide without telling the hash again', async () => {
		const { changes } = open('#2');
		location.hash = '#5';
		await flush();
		expect(changes).toEqual([1, 4]);
		location.hash = '#99';
		await flush();
		// An impossible slide falls back to the first, and the hash is corrected in place.
		expect(changes).toEqual([1, 4, 0]);
		expect(location.hash).toBe('#1');
	});
});
