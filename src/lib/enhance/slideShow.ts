import {
	keyBelongsToTarget,
	keyCommand,
	navigate,
	parseHash,
	slideHash,
	type KeyCommand,
	type NavAction
} from '../present/navigation';
import { helloMessage, openSyncLink, slideMessage, type SyncLink } from '../present/sync';

/** Where a move came from: this window's keys or buttons, the browser history (URL hash), or the other window. */
export type MoveOrigin = 'local' | 'history' | 'remote';

/**
 * The current slide of one window (the audience deck or the presenter view), kept in step with the
 * URL hash and with the other windows of the same deck. Moves made here push a history entry (`#3`)
 * and are told to the other windows; moves told by another window are applied without being told
 * back, so two windows never echo each other. `onChange` is called with the index after every move
 * and once by `start()`: the page's script redraws from it.
 *
 * Plain DOM, no framework: the deck's pages are not hydrated (src/routes/present/), and this runs in
 * their own small scripts (./deck.ts, ./presenter.ts).
 */
export class DeckController {
	index = 0;
	readonly count: number;
	readonly #deck: string;
	readonly #onChange: (index: number) => void;
	readonly #self = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
	#link: SyncLink | null = null;

	constructor(options: { deck: string; count: number; onChange: (index: number) => void }) {
		this.#deck = options.deck;
		this.count = options.count;
		this.#onChange = options.onChange;
	}

	/** Reads the slide from the URL hash, starts following history and the other windows; returns the cleanup. */
	start(): () => void {
		this.index = parseHash(location.hash, this.count);
		this.#fixHash();
		this.#onChange(this.index);
		const onHash = () => {
			this.go({ type: 'goto', index: parseHash(location.hash, this.count) }, 'history');
			this.#fixHash();
		};
		addEventListener('hashchange', onHash);
		this.#link = openSyncLink({ deck: this.#deck, self: this.#self, count: this.count }, (message) => {
			if (message.type === 'hello') this.#link?.send(slideMessage(this.#deck, this.#self, this.index));
			else this.go({ type: 'goto', index: message.index }, 'remote');
		});
		// Ask the windows already open where they are; the first answer moves this one there.
		this.#link.send(helloMessage(this.#deck, this.#self));
		return () => {
			removeEventListener('hashchange', onHash);
			this.#link?.close();
			this.#link = null;
		};
	}

	/** Applies a move; the URL hash and the other windows follow unless the move came from them. */
	go(action: NavAction, origin: MoveOrigin = 'local'): void {
		const next = navigate(this.index, this.count, action);
		if (next === this.index) return;
		this.index = next;
		if (origin !== 'history' && location.hash !== slideHash(next)) location.hash = slideHash(next).slice(1);
		if (origin !== 'remote') this.#link?.send(slideMessage(this.#deck, this.#self, next));
		this.#onChange(next);
	}

	/**
	 * Makes `link` open the deck's other window (`name`: one window, brought forward if open) on this
	 * window's slide; returns that action for a key to use too.
	 */
	opensOtherWindow(link: HTMLAnchorElement, name: string, features?: string): () => void {
		const href = link.href.split('#')[0]!;
		const open = () => {
			window.open(href + slideHash(this.index), name, features)?.focus();
		};
		link.addEventListener('click', (event) => {
			event.preventDefault();
			open();
		});
		return open;
	}

	/** An invalid or missing hash (`#0`, `#99`, `#abc`) is replaced, without a history entry, by the slide shown. */
	#fixHash() {
		if (location.hash !== slideHash(this.index)) history.replaceState(history.state, '', slideHash(this.index));
	}
}

/**
 * The deck's keys in this window (../navigation.ts `keyCommand`), except in a text field or on a
 * button they press. `handle` returns whether it used the command; a used key does nothing else.
 */
export function onDeckKeys(handle: (command: KeyCommand) => boolean): void {
	addEventListener('keydown', (event) => {
		if (event.defaultPrevented || keyBelongsToTarget(event.key, event.target as HTMLElement | null)) return;
		const command = keyCommand(event);
		if (command && handle(command)) event.preventDefault();
	});
}

/** Full screen for the whole page, or back (F, and the deck's button). */
export function toggleFullscreen(): void {
	if (document.fullscreenElement) void document.exitFullscreen();
	else void document.documentElement.requestFullscreen?.().catch(() => {});
}
