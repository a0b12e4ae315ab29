import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart, chartIds } from '$lib/charts/registry';
import { EMBED_SIZES, FALLBACK_EMBED_SIZE } from '$lib/embed/manifest';

/** The embed builder: every registered chart's id, title key, page and options (no data). */
export const load: PageServerLoad = () => ({
	charts: chartIds().map((id) => {
		const model = buildChart(id, dataset);
		return {
			id,
			kind: model.kind,
			page: model.page,
			title: model.text.title,
			options: model.options ?? {},
			size: EMBED_SIZES[model.kind] ?? FALLBACK_EMBED_SIZE
		};
	})
});
