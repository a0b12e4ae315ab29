/**
 * Svelte's server rendering marks blocks for hydration with comments (`<!--[-->`, `<!--]-->`, `<!--[-1-->`,
 * `<!---->`, and a hash before `<head>` content). A page that SvelteKit does not hydrate (it carries no
 * `__sveltekit_` start script) never reads them: on /air/ they were 15 % of the HTML. Such a page loses
 * them; a hydrated page, or one with an island, keeps them, since hydration needs them. Other comments
 * are kept.
 */
export function withoutHydrationMarkers(html: string): string {
	// A page with an island (src/lib/enhance/Island.svelte) hydrates that part itself.
	if (html.includes('__sveltekit_') || html.includes('data-island=')) return html;
	return html.replace(/<!--(?:\[-?\d*|\]|[a-z0-9]{5,8}|)-->/g, '');
}
