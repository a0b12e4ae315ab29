/** The anchor of a glossary term on /learn/ (e.g. `term-aqi`): other pages link to `/learn/#term-<id>`. */
export const termAnchor = (id: string) => `term-${id}`;

/** The link to a glossary term from any page (pass it through localizeHref). */
export const termPath = (id: string) => `/learn/#${termAnchor(id)}`;
