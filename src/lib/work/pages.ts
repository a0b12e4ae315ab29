/**
 * Where the work page links to and where the document's qualifiers are shown: page paths without the
 * locale prefix (pages add it with localizeHref). Noise has no page of its own: its figures are a
 * section of the home page.
 */
import type { Domain } from '../data/types';

export const HOME_PAGE = '/';
export const WORK_PAGE = '/work/';

const DOMAIN_PAGES: Record<Domain, string> = {
	air: '/air/',
	water: '/water/',
	coast: '/coast/',
	litter: '/litter/',
	noise: HOME_PAGE
};

/** The page that shows a domain's figures: `/air/` …, the home page for noise. */
export const domainPage = (domain: Domain): string => DOMAIN_PAGES[domain];

/** A link to a domain's figures: its page, or the home page's section for noise (`/#noise`). */
export const domainHref = (domain: Domain): string =>
	DOMAIN_PAGES[domain] === HOME_PAGE ? `${HOME_PAGE}#${domain}` : DOMAIN_PAGES[domain];
