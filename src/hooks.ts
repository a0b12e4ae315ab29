import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** `/en/air/` and `/air/` render the same route; the locale comes from the URL (Paraglide's url strategy). */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
