/**
 * Moving through the deck, as pure functions: a reducer over the slide index, the URL hash (`#3`
 * is the third slide), the keys a keyboard or a presentation clicker sends, and the timer's text.
 */

export type NavAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	/** 0-based slide index; clamped into the deck. */
	| { type: 'goto'; index: number };

/** What a key does in the deck: move, or one of the window commands. */
export type KeyCommand = NavAction | { type: 'fullscreen' } | { type: 'escape' } | { type: 'presenter' };

/**
 * The slide index after an action, always within 0…count−1 (0 for an empty deck). A target that
 * is not a whole number is ignored (the index stays).
 */
export function navigate(index: number, count: number, action: NavAction): number {
	if (count <= 0) return 0;
	const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
	switch (action.type) {
		case 'next':
			return clamp(index + 1);
		case 'prev':
			return clamp(index - 1);
		case 'first':
			return 0;
		case 'last':
			return count - 1;
		case 'goto':
			return Number.isInteger(action.index) ? clamp(action.index) : clamp(index);
	}
}

/**
 * The slide a URL hash names: `#3` → index 2. Anything else — empty, not a plain positive whole
 * number, or past the last slide — falls back to the first slide (index 0).
 */
export function parseHash(hash: string, count: number): number {
	const match = /^#?(\d{1,4})$/.exec(hash.trim());
	if (!match) return 0;
	const n = Number(match[1]);
	return n >= 1 && n <= count ? n - 1 : 0;
}

/** The URL hash for a 0-based slide index: 2 → `#3`. */
export function slideHash(index: number): string {
	return `#${index + 1}`;
}

/** The parts of a KeyboardEvent the deck looks at. */
export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

/**
 * What a key press does. Arrow keys, PageDown/PageUp (what presentation clickers send), Space and
 * Shift+Space, Home/End, 1–9 (go to slide n), F (full screen), P (presenter view), Esc. Keys with
 * Ctrl, Alt or Meta are left to the browser (null).
 */
export function keyCommand(input: KeyInput): KeyCommand | null {
	if (input.ctrlKey || input.altKey || input.metaKey) return null;
	switch (input.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'prev' };
		case ' ':
		case 'Spacebar':
			return input.shiftKey ? { type: 'prev' } : { type: 'next' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'p':
		case 'P':
			return { type: 'presenter' };
		case 'Escape':
		case 'Esc':
			return { type: 'escape' };
	}
	if (/^[1-9]$/.test(input.key)) return { type: 'goto', index: Number(input.key) - 1 };
	return null;
}

/** Elapsed time as `m:ss`, or `h:mm:ss` from one hour; negative or non-finite input counts as 0. */
export function formatElapsed(ms: number): string {
	const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Whether a key press belongs to the element it was typed in rather than to the deck: any key in
 * a text field, and Space or Enter on a button, link or summary (they press it).
 */
export function keyBelongsToTarget(
	key: string,
	target: { tagName?: string; isContentEditable?: boolean } | null | undefined
): boolean {
	const tag = (target?.tagName ?? '').toUpperCase();
	if (target?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(tag)) return true;
	return (key === ' ' || key === 'Enter') && ['BUTTON', 'A', 'SUMMARY'].includes(tag);
}

/** The window name of the presenter view, so that P opens it once and then brings it forward. */
export const PRESENTER_WINDOW = 'xm-presenter';
/** The window name of the audience deck opened from the presenter view. */
export const AUDIENCE_WINDOW = 'xm-audience';
/** Window features for the presenter view: its own window, laptop-sized. */
export const PRESENTER_FEATURES = 'popup,width=1280,height=800';
