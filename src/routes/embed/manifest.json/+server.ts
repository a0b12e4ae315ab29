import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart, chartIds } from '$lib/charts/registry';
import { embedManifest } from '$lib/embed/manifest';
import { m } from '$lib/paraglide/messages';

export const prerender = true;

type Message = (inputs?: object, options?: { locale?: 'zh' | 'en' }) => string;

/** build/embed/manifest.json: every chart's embed URLs, titles and a suggested size (see docs/embedding.md). */
export const GET: RequestHandler = () => {
	const message = (key: string, locale: 'zh' | 'en', params: Record<string, string>) => {
		const f = (m as unknown as Record<string, Message | undefined>)[key];
		if (!f) throw new Error(`Unknown message key "${key}"`);
		return f(params, { locale });
	};
	const models = chartIds().map((id) => buildChart(id, dataset));
	return json(
		embedManifest(models, message, { zh: m.site_title({}, { locale: 'zh' }), en: m.site_title({}, { locale: 'en' }) })
	);
};
