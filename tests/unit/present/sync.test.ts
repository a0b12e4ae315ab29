import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	helloMessage,
	openSyncLink,
	parseSyncMessage,
	slideMessage,
	SYNC_CHANNEL,
	type SyncMessage
} from '../../../src/lib/present/sync';

const DECK = '2024:title,glance,air';

describe('parseSyncMessage: only well-formed messages for this deck are used', () => {
	test.each([
		{
			name: 'a slide message',
			data: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: 2 },
			expected: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: 2 }
		},
		{
			name: 'a hello message',
			data: { protocol: 1, type: 'hello', deck: DECK, from: 'a' },
			expected: { protocol: 1, type: 'hello', deck: DECK, from: 'a' }
		},
		{
			name: 'extra fields are dropped',
			data: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: 0, n: 7, evil: '<script>' },
			expected: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: 0 }
		},
		{ name: 'null', data: null, expected: null },
		{ name: 'a string', data: '{"type":"slide"}', expected: null },
		{ name: 'a number', data: 3, expected: null },
		{ name: 'an array', data: [1, 'slide'], expected: null },
		{ name: 'another deck', data: { protocol: 1, type: 'slide', deck: 'x', from: 'a', index: 1 }, expected: null },
		{ name: 'another protocol', data: { protocol: 2, type: 'slide', deck: DECK, from: 'a', index: 1 }, expected: null },
		{ name: 'no sender', data: { protocol: 1, type: 'slide', deck: DECK, index: 1 }, expected: null },
		{ name: 'empty sender', data: { protocol: 1, type: 'slide', deck: DECK, from: '', index: 1 }, expected: null },
		{ name: 'unknown type', data: { protocol: 1, type: 'jump', deck: DECK, from: 'a', index: 1 }, expected: null },
		{ name: 'index as text', data: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: '1' }, expected: null },
		{
			name: 'fractional index',
			data: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: 1.5 },
			expected: null
		},
		{ name: 'negative index', data: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: -1 }, expected: null },
		{
			name: 'index past the end',
			data: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: 8 },
			expected: null
		},
		{
			name: 'NaN index',
			data: { protocol: 1, type: 'slide', deck: DECK, from: 'a', index: Number.NaN },
			expected: null
		},
		{ name: 'missing index', data: { protocol: 1, type: 'slide', deck: DECK, from: 'a' }, expected: null }
	])('$name', ({ data, expected }) => {
		expect(parseSyncMessage(data, DECK, 8)).toEqual(expected);
	});

	test('the builders make messages the parser accepts', () => {
		expect(parseSyncMessage(slideMessage(DECK, 'w1', 3), DECK, 8)).toEqual(slideMessage(DECK, 'w1', 3));
		expect(parseSyncMessage(helloMessage(DECK, 'w1'), DECK, 8)).toEqual(helloMessage(DECK, 'w1'));
	});
});

/** Resolves once `count` messages arrived (BroadcastChannel delivers asynchronously). */
function collector(count: number) {
	const got: SyncMessage[] = [];
	let done: () => void;
	const all = new Promise<void>((resolve) => (done = resolve));
	return {
		got,
		all,
		push(message: SyncMessage) {
			got.push(message);
			if (got.length >= count) done();
		}
	};
}

describe('openSyncLink over BroadcastChannel', () => {
	test('a window hears the others, not itself, and ignores malformed or foreign messages', async () => {
		const heardByB = collector(2);
		const heardByA: SyncMessage[] = [];
		const a = openSyncLink({ deck: DECK, self: 'a', count: 8 }, (m) => heardByA.push(m));
		const b = openSyncLink({ deck: DECK, self: 'b', count: 8 }, (m) => heardByB.push(m));
		const raw = new BroadcastChannel(SYNC_CHANNEL);
		raw.postMessage({ protocol: 1, type: 'slide', deck: DECK, from: 'x', index: 99 });
		raw.postMessage('garbage');
		raw.postMessage({ protocol: 1, type: 'slide', deck: 'other-deck', from: 'x', index: 1 });
		a.send(slideMessage(DECK, 'a', 4));
		a.send(helloMessage(DECK, 'a'));
		await heardByB.all;
		// Let anything else in flight arrive before checking that nothing else did.
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(heardByB.got).toEqual([slideMessage(DECK, 'a', 4), helloMessage(DECK, 'a')]);
		expect(heardByA).toEqual([]);
		a.close();
		b.close();
		raw.close();
	});
});

describe('openSyncLink without BroadcastChannel: localStorage `storage` events', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	test('messages travel through localStorage and are validated the same way', () => {
		const listeners = new Set<(e: { key: string | null; newValue: string | null }) => void>();
		const writes: [string, string][] = [];
		vi.stubGlobal('BroadcastChannel', undefined);
		vi.stubGlobal('addEventListener', (type: string, fn: never) => type === 'storage' && listeners.add(fn));
		vi.stubGlobal('removeEventListener', (type: string, fn: never) => type === 'storage' && listeners.delete(fn));
		vi.stubGlobal('localStorage', { setItem: (key: string, value: string) => writes.push([key, value]) });
		/** Another window's write, as this window sees it. */
		const storage = (key: string | null, newValue: string | null) => listeners.forEach((fn) => fn({ key, newValue }));

		const heard: SyncMessage[] = [];
		const link = openSyncLink({ deck: DECK, self: 'me', count: 8 }, (m) => heard.push(m));
		storage(SYNC_CHANNEL, JSON.stringify({ ...slideMessage(DECK, 'other', 5), n: 1 }));
		storage(SYNC_CHANNEL, JSON.stringify(slideMessage(DECK, 'me', 2)));
		storage(SYNC_CHANNEL, '{not json');
		storage(SYNC_CHANNEL, null);
		storage('another-key', JSON.stringify(slideMessage(DECK, 'other', 1)));
		storage(SYNC_CHANNEL, JSON.stringify(slideMessage(DECK, 'other', 42)));
		expect(heard).toEqual([slideMessage(DECK, 'other', 5)]);

		link.send(slideMessage(DECK, 'me', 3));
		link.send(slideMessage(DECK, 'me', 3));
		expect(writes.map(([key]) => key)).toEqual([SYNC_CHANNEL, SYNC_CHANNEL]);
		// The same message twice is still two different writes, so `storage` fires both times.
		expect(writes[0]![1]).not.toBe(writes[1]![1]);
		expect(parseSyncMessage(JSON.parse(writes[0]![1]), DECK, 8)).toEqual(slideMessage(DECK, 'me', 3));

		link.close();
		expect(listeners.size).toBe(0);
	});
});
