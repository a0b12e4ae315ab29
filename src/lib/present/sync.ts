/**
 * Keeping the audience window and the presenter view on the same slide. Windows of the same origin
 * talk over a BroadcastChannel (or, where there is none, `storage` events on localStorage). Every
 * message is checked before it is used: anything malformed, from another deck or from this window
 * itself is ignored.
 */

/** The channel name and the localStorage key of the fallback. */
export const SYNC_CHANNEL = 'xm-present';
const PROTOCOL = 1;

/**
 * `slide`: "I am now showing slide `index`" (sent on every local move, answered by nobody).
 * `hello`: "a window just opened; where are you?" (every open window answers with `slide`).
 */
export type SyncMessage =
	| { protocol: 1; type: 'slide'; deck: string; from: string; index: number }
	| { protocol: 1; type: 'hello'; deck: string; from: string };

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/**
 * The message if `data` is a well-formed sync message for this deck (`deck`) with a slide index
 * inside it (`count` slides), else null. Extra fields are dropped.
 */
export function parseSyncMessage(data: unknown, deck: string, count: number): SyncMessage | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const m = data as Record<string, unknown>;
	if (m.protocol !== PROTOCOL || m.deck !== deck || !isId(m.deck) || !isId(m.from)) return null;
	if (m.type === 'hello') return { protocol: 1, type: 'hello', deck: m.deck, from: m.from };
	if (m.type === 'slide') {
		const index = m.index;
		if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count) return null;
		return { protocol: 1, type: 'slide', deck: m.deck, from: m.from, index };
	}
	return null;
}

/** A `slide` message. */
export function slideMessage(deck: string, from: string, index: number): SyncMessage {
	return { protocol: 1, type: 'slide', deck, from, index };
}

/** A `hello` message. */
export function helloMessage(deck: string, from: string): SyncMessage {
	return { protocol: 1, type: 'hello', deck, from };
}

/** A window's end of the link: send a message, stop listening. */
export interface SyncLink {
	send(message: SyncMessage): void;
	close(): void;
}

/**
 * Opens the link for one window (`self` is its id) and calls `onMessage` with every valid message
 * from another window. Uses BroadcastChannel where the browser has it, else localStorage events.
 */
export function openSyncLink(
	options: { deck: string; self: string; count: number },
	onMessage: (message: SyncMessage) => void
): SyncLink {
	const receive = (data: unknown) => {
		const message = parseSyncMessage(data, options.deck, options.count);
		if (message && message.from !== options.self) onMessage(message);
	};

	if (typeof BroadcastChannel === 'function') {
		const channel = new BroadcastChannel(SYNC_CHANNEL);
		channel.onmessage = (event: MessageEvent) => receive(event.data);
		return { send: (message) => channel.postMessage(message), close: () => channel.close() };
	}

	const onStorage = (event: StorageEvent) => {
		if (event.key !== SYNC_CHANNEL || !event.newValue) return;
		try {
			receive(JSON.parse(event.newValue));
		} catch {
			// Not JSON: not ours.
		}
	};
	addEventListener('storage', onStorage);
	let counter = 0;
	return {
		send(message) {
			try {
				// A counter makes every write a change, so repeating a message still fires `storage`.
				localStorage.setItem(SYNC_CHANNEL, JSON.stringify({ ...message, n: ++counter }));
			} catch {
				// Storage disabled (private mode, quota): the windows simply do not follow each other.
			}
		},
		close: () => removeEventListener('storage', onStorage)
	};
}
