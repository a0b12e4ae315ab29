/**
 * View state kept in the URL's query string, so a view can be shared as a link, is restored on load,
 * and the browser's back button steps through it. Rune-based: values are reactive.
 *
 * Use it in a component's `<script>` (it must be created during component initialisation):
 *
 * ```ts
 * import { queryState } from '$lib/url/state.svelte';
 * import { parseYear } from '$lib/url/params';
 * const year = queryState('year', (raw) => parseYear(raw, YEARS, 2023), { defaultValue: 2023 });
 * // read: year.value          write: year.value = 2022   (→ ?year=2022, a new history entry)
 * ```
 *
 * - Parse with a never-throwing parser: whatever is in the URL (nothing, garbage, an old link) gives a
 *   valid value; the default is left out of the URL, so the shortest link names each view.
 * - Pages are prerendered, and the query string does not exist at prerender time: during prerender
 *   and hydration the value is the default (`parse(null)`), and the URL's value applies right after
 *   the component mounts. (The server must never read `url.searchParams` on a prerendered page.)
 * - Writing navigates with SvelteKit's `goto` (`keepFocus`, `noScroll`): `page.url` stays the one truth,
 *   load functions do not rerun (they do not read the query), and history works. `history: 'replace'`
 *   for state that should not add history entries (e.g. a slider while it moves).
 */
import { onMount } from 'svelte';
import { SvelteURLSearchParams } from 'svelte/reactivity';
import { goto } from '$app/navigation';
import { page } from '$app/state';

export interface QueryState<T> {
	value: T;
}

export interface QueryStateOptions<T> {
	/** The value when the URL does not set one; left out of URLs. */
	defaultValue: T;
	/** The value as it goes into the URL (default `String`). */
	serialize?: (value: T) => string;
	/** `push` (default) adds a history entry per change; `replace` rewrites the current one. */
	history?: 'push' | 'replace';
}

const EMPTY: URLSearchParams = new SvelteURLSearchParams();

/** Whether the calling component has mounted (so the real URL can be read); reactive. */
function mountedFlag(): { readonly current: boolean } {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get current() {
			return mounted;
		}
	};
}

/**
 * The URL's query parameters, reactive; empty until the calling component has mounted (prerendered
 * pages have no query at build time, and hydration must match the prerendered HTML).
 */
export function queryParams(): { readonly current: URLSearchParams } {
	const mounted = mountedFlag();
	const params = $derived(mounted.current ? page.url.searchParams : EMPTY);
	return {
		get current() {
			return params;
		}
	};
}

/** One query parameter as a typed, validated, reactive value; see the module comment. */
export function queryState<T>(
	name: string,
	parse: (raw: string | null) => T,
	options: QueryStateOptions<T>
): QueryState<T> {
	const query = queryParams();
	const value = $derived(parse(query.current.get(name)));
	const serialize = options.serialize ?? String;
	return {
		get value() {
			return value;
		},
		set value(next: T) {
			const text = next === options.defaultValue ? null : serialize(next);
			void setQuery({ [name]: text }, { history: options.history });
		}
	};
}

/**
 * Sets (string) or removes (null) query parameters of the current URL and navigates there without
 * scrolling or moving focus. Resolves when the navigation is done; does nothing if nothing changes.
 */
export function setQuery(
	updates: Record<string, string | null>,
	{ history = 'push' }: { history?: 'push' | 'replace' } = {}
): Promise<void> {
	const params = new SvelteURLSearchParams(page.url.search);
	for (const [key, value] of Object.entries(updates)) {
		if (value === null) params.delete(key);
		else params.set(key, value);
	}
	const search = params.size > 0 ? `?${params}` : '';
	if (search === page.url.search) return Promise.resolve();
	return goto(`${page.url.pathname}${search}${page.url.hash}`, {
		replaceState: history === 'replace',
		keepFocus: true,
		noScroll: true
	});
}
