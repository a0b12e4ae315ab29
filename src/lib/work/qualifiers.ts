/**
 * The founding document's own qualifiers ("历史最佳" / "best on record", "并列全省第一" / "tied first in
 * Fujian" …) as models: what each qualifies, where it is shown, a short badge and the full label, with
 * its quote one click away. Pages ask for the qualifiers of what they show with {@link documentQualifiers}
 * (or, in a load function, `qualifiersFor` of $lib/server/work).
 */
import { metricById } from '../data/query';
import type { Dataset, Distinction, DocumentQualifier, QualifierSubjectKind } from '../data/types';
import type { QualifierTopic } from '../data/schema/vocabulary';
import { qualifierBadge } from './titles';
import { domainPage, HOME_PAGE, WORK_PAGE } from './pages';
import type { Words } from './figure';

/**
 * Where on a page a qualifier is shown: beside a metric's KPI card, a work figure, a pair's result figure
 * on the work page, a site (a reservoir's class), in a page's introduction, in a domain's section of the
 * home page, or with a category of the work page. `ref` names the thing (a metric, work figure, site,
 * topic, domain or category id).
 */
export interface QualifierPlace {
	page: string;
	target: 'kpi-card' | 'work-figure' | 'pair-result' | 'site' | 'page-intro' | 'domain-section' | 'work-category';
	ref: string;
}

export interface QualifierModel {
	id: string;
	year: number;
	qualifier: Distinction;
	/** What is shown next to the figure: "历史最佳" / "best on record". */
	badge: Words;
	/** The full statement in the document's words ("综合指数为历史最佳" / "Composite index: the best on record"). */
	label: Words;
	/** The document's words, one click away. */
	quote: string;
	sourceId: string;
	subject: { kind: QualifierSubjectKind; id: string };
	places: QualifierPlace[];
	/** `file:line` of the row in data/text/qualifiers.csv. */
	origin: string;
}

/** Where a topic's qualifier belongs (topics have no figure; the pages that speak of them). */
const TOPIC_PLACES: Record<QualifierTopic, QualifierPlace[]> = {
	air_quality: [
		{ page: '/air/', target: 'page-intro', ref: 'air_quality' },
		{ page: HOME_PAGE, target: 'domain-section', ref: 'air' }
	],
	water_quality: [
		{ page: '/water/', target: 'page-intro', ref: 'water_quality' },
		{ page: HOME_PAGE, target: 'domain-section', ref: 'water' }
	],
	coastal_water_quality: [
		{ page: '/coast/', target: 'page-intro', ref: 'coastal_water_quality' },
		{ page: HOME_PAGE, target: 'domain-section', ref: 'coast' }
	],
	environmental_quality: [
		{ page: HOME_PAGE, target: 'page-intro', ref: 'environmental_quality' },
		{ page: WORK_PAGE, target: 'page-intro', ref: 'environmental_quality' }
	],
	public_satisfaction: [
		{ page: HOME_PAGE, target: 'page-intro', ref: 'public_satisfaction' },
		{ page: WORK_PAGE, target: 'work-category', ref: 'complaints_participation' }
	],
	target_responsibility_assessment: [{ page: WORK_PAGE, target: 'work-category', ref: 'reform_recognition' }]
};

/** Where one qualifier is shown. */
function placesOf(dataset: Pick<Dataset, 'metrics' | 'work'>, q: DocumentQualifier): QualifierPlace[] {
	switch (q.subjectKind) {
		case 'metric': {
			const { domain } = metricById(dataset, q.subject);
			const paired = dataset.work.some(
				(w) => w.year === q.year && w.pairsWith.some((p) => p.kind === 'metric' && p.id === q.subject)
			);
			const pages = [...new Set([domainPage(domain), HOME_PAGE])];
			return [
				...pages.map((page) => ({ page, target: 'kpi-card' as const, ref: q.subject })),
				...(paired ? [{ page: WORK_PAGE, target: 'pair-result' as const, ref: q.subject }] : [])
			];
		}
		case 'work':
			return [{ page: WORK_PAGE, target: 'work-figure', ref: q.subject }];
		case 'site':
			return [
				{ page: '/water/', target: 'site', ref: q.subject },
				{ page: HOME_PAGE, target: 'site', ref: q.subject }
			];
		case 'topic':
			return TOPIC_PLACES[q.subject as QualifierTopic];
	}
}

/** Every qualifier of a year (all years if omitted), in data order. */
export function qualifierModels(
	dataset: Pick<Dataset, 'qualifiers' | 'metrics' | 'work'>,
	year?: number
): QualifierModel[] {
	return dataset.qualifiers
		.filter((q) => year === undefined || q.year === year)
		.map((q) => ({
			id: q.id,
			year: q.year,
			qualifier: q.qualifier,
			badge: qualifierBadge(q.qualifier),
			label: q.label,
			quote: q.quote,
			sourceId: q.sourceId,
			subject: { kind: q.subjectKind, id: q.subject },
			places: placesOf(dataset, q),
			origin: q.origin
		}));
}

/**
 * The document's qualifiers of one thing in one year, in data order: `('metric', 'composite_index', 2024)`
 * → [best on record], `('work', 'shore-power', 2024)` → [first time], `('site', 'tingxi-reservoir', 2024)`,
 * `('topic', 'air_quality', 2024)`. Empty when the document qualifies nothing there.
 */
export function documentQualifiers(
	dataset: Pick<Dataset, 'qualifiers' | 'metrics' | 'work'>,
	subjectKind: QualifierSubjectKind,
	subject: string,
	year: number
): QualifierModel[] {
	return qualifierModels(dataset, year).filter((q) => q.subject.kind === subjectKind && q.subject.id === subject);
}

/** The qualifiers shown on a page (a path as in {@link QualifierPlace}), with the place on it. */
export function qualifiersOnPage(
	dataset: Pick<Dataset, 'qualifiers' | 'metrics' | 'work'>,
	page: string,
	year: number
): { qualifier: QualifierModel; place: QualifierPlace }[] {
	return qualifierModels(dataset, year).flatMap((qualifier) =>
		qualifier.places.filter((p) => p.page === page).map((place) => ({ qualifier, place }))
	);
}
