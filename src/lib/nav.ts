import { m } from './paraglide/messages';

/** A page in the main navigation: its path (without the locale prefix) and its label. */
export interface NavItem {
	path: string;
	label: () => string;
}

/**
 * The site's main navigation, in order. A page adds itself here once it exists: the prerender
 * follows every link, and a link to a missing page fails the build.
 */
export const NAV: NavItem[] = [
	{ path: '/', label: () => m.nav_overview() },
	{ path: '/air/', label: () => m.nav_air() },
	{ path: '/water/', label: () => m.nav_water() },
	{ path: '/coast/', label: () => m.nav_coast() },
	{ path: '/litter/', label: () => m.nav_litter() },
	{ path: '/work/', label: () => m.work_nav() },
	{ path: '/map/', label: () => m.nav_map() },
	{ path: '/learn/', label: () => m.nav_learn() },
	{ path: '/present/', label: () => m.nav_present() },
	{ path: '/sources/', label: () => m.nav_sources() },
	{ path: '/data/', label: () => m.nav_data() },
	{ path: '/embed/', label: () => m.nav_embed() }
];
