import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart, chartIds } from '$lib/charts/registry';
import { embedManifest } from '$lib/embed/manifest';
import { m } from '$lib/paraglide/messages';
import { chartTitle } from '$lib/server/localizeChart';

export const prerender = true;

/** build/embed/manifest.json: every chart's embed URLs, titles and a suggested size (see docs/embedding.md). */
export const GET: RequestHandler = () => {
	const models = chartIds().map((id) => buildChart(id, dataset));
	return json(
		embedManifest(models, (_key, locale, model) => chartTitle(model, locale), {
			zh: m.site_title({}, { locale: 'zh' }),
			en: m.site_title({}, { locale: 'en' })
		})
	);
};
