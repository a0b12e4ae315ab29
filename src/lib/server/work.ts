import { dataset } from '$lib/server/dataset';
import type { QualifierSubjectKind } from '$lib/data/types';
import { documentQualifiers, type QualifierModel } from '$lib/work/qualifiers';

/**
 * The founding document's qualifiers of one thing in one year, for load functions: a KPI card asks
 * `qualifiersFor('metric', 'composite_index', 2024)`, a work figure `qualifiersFor('work', 'shore-power', 2024)`,
 * a reservoir `qualifiersFor('site', 'tingxi-reservoir', 2024)`, a page `qualifiersFor('topic', 'air_quality', 2024)`.
 * Each comes with its badge ("历史最佳" / "best on record"), full label, quote and source id.
 */
export function qualifiersFor(subjectKind: QualifierSubjectKind, subject: string, year: number): QualifierModel[] {
	return documentQualifiers(dataset, subjectKind, subject, year);
}
