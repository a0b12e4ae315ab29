/**
 * Licence notes for the data the site shows and offers for download, by what a source is. Honest
 * about what is not known: the re-hosted CNEMC files and the DataV outlines state no licence; GSHHG
 * is LGPL-3.0-or-later; the project's own tables are compiled facts from public reports (no separate
 * licence is claimed; cite the original sources). Each kind has a message `catalogue_licence_<kind>`.
 */
import type { Source } from '../data/types';

export type LicenceKind = 'compiled' | 'cnemc' | 'aqistudy' | 'gshhg' | 'datav' | 'places';

/** The licence kind of one source, from its registry id (see data/sources.csv and data/geo/README.md). */
export function licenceOf(source: Pick<Source, 'id' | 'kind'>): LicenceKind {
	if (source.id.startsWith('cnemc-')) return 'cnemc';
	if (source.id.startsWith('aqistudy-')) return 'aqistudy';
	if (source.id.startsWith('geo-gshhg')) return 'gshhg';
	if (source.id.startsWith('geo-datav')) return 'datav';
	if (source.id.startsWith('place-')) return 'places';
	return 'compiled';
}

const ORDER: LicenceKind[] = ['compiled', 'cnemc', 'aqistudy', 'gshhg', 'datav', 'places'];

/** The distinct licence kinds of a set of sources, in a fixed order (compiled figures first). */
export function licenceKinds(sources: Pick<Source, 'id' | 'kind'>[]): LicenceKind[] {
	const kinds = new Set(sources.map(licenceOf));
	return ORDER.filter((k) => kinds.has(k));
}
