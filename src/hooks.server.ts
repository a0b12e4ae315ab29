import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { withoutHydrationMarkers } from '$lib/server/html';

/**
 * Sets the locale for each prerendered page from its URL and writes it into `<html lang>`; a page that
 * is not hydrated loses the comments Svelte leaves for hydration (server/html.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				withoutHydrationMarkers(html.replace('%paraglide.lang%', locale === 'zh' ? 'zh-CN' : locale))
		});
	});
