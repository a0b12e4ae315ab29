import type { PageServerLoad } from './$types';
import { dataset, pickSources } from '$lib/server/dataset';
import { getLocale } from '$lib/paraglide/runtime';
import { buildMapData } from '$lib/map/layers';
import { quizTargets } from '$lib/learn/quiz';
import { worksheetQuestions } from '$lib/learn/worksheet';

/** The printable worksheet: a plain map with letters, the stations, and questions drawn from the data. */
export const load: PageServerLoad = () => {
	const locale = getLocale();
	const map = buildMapData(dataset);
	const targets = quizTargets(map);
	const questions = worksheetQuestions(dataset, targets, locale);
	const ids = [...questions.flatMap((q) => q.sourceIds), ...map.note.sourceIds];
	return {
		base: map.base,
		districts: map.districts,
		stations: map.stations,
		note: map.note,
		targets,
		questions,
		sources: Object.values(pickSources(new Set(ids)))
	};
};
