import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart, chartIds } from '$lib/charts/registry';
import { chartTitle } from '$lib/server/localizeChart';
import { EMBED_SIZES, FALLBACK_EMBED_SIZE } from '$lib/embed/manifest';

/** The embed builder: every registered chart's id, title (both languages), page and options (no data). */
export const load: PageServerLoad = () => ({
	charts: chartIds().map((id) => {
		const model = buildChart(id, dataset);
		return {
			id,
			kind: model.kind,
			page: model.page,
			// The title in both languages: the builder previews either language's embed.
			title: { zh: chartTitle(model, 'zh'), en: chartTitle(model, 'en') },
			options: model.options ?? {},
			size: EMBED_SIZES[model.kind] ?? FALLBACK_EMBED_SIZE
		};
	})
});
