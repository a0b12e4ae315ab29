/**
 * The embed manifest (build/embed/manifest.json): every registered chart with its titles, languages,
 * a suggested iframe size, its embed URLs and its page. Built from the chart registry, so a chart
 * added to the registry is listed (and embeddable) without touching anything here.
 * URLs are root-relative: prefix them with the origin the site is served from.
 */
import type { ChartOptions } from '../charts/model';
import type { ChartModel } from '../charts/kinds';
import { EMBED_LANGS, type EmbedLang } from './options';
import { chartPagePath, embedPath } from './urls';
import { HEIGHT_MESSAGE_TYPE, PROTOCOL_VERSION } from './protocol';

export interface ManifestChart {
	id: string;
	kind: string;
	title: Record<EmbedLang, string>;
	languages: EmbedLang[];
	/** A starting iframe size in CSS px; with the loader, the height then follows the content. */
	size: { width: number; height: number };
	embed: Record<EmbedLang, string>;
	page: Record<EmbedLang, string>;
	options: ChartOptions;
}

export interface EmbedManifest {
	version: 1;
	site: Record<EmbedLang, string>;
	loader: string;
	heightMessage: { type: string; version: number };
	charts: ManifestChart[];
}

/**
 * Suggested starting sizes by chart kind: the tallest embed of the kind at 700 px wide, both languages,
 * rounded up to 10 px (7 December 2026; bar and figures: a typical one, the long ones grow with the
 * loader); others get the fallback. The loader fits the iframe to its content whatever the start.
 */
export const EMBED_SIZES: Record<string, { width: number; height: number }> = {
	line: { width: 700, height: 960 },
	limits: { width: 700, height: 900 },
	calendar: { width: 700, height: 1300 },
	bar: { width: 700, height: 1110 },
	'class-grid': { width: 700, height: 1130 },
	'class-months': { width: 700, height: 880 },
	'share-bar': { width: 700, height: 570 },
	figures: { width: 700, height: 560 },
	map: { width: 700, height: 760 }
};
export const FALLBACK_EMBED_SIZE = { width: 700, height: 600 };

/** The manifest for the given chart models; `title(key, lang, model)` resolves a chart's title key (with the model's parameters) in a language. */
export function embedManifest(
	models: ChartModel[],
	title: (key: string, lang: EmbedLang, model: ChartModel) => string,
	siteTitle: Record<EmbedLang, string>
): EmbedManifest {
	const perLang = <T>(f: (lang: EmbedLang) => T) =>
		Object.fromEntries(EMBED_LANGS.map((lang) => [lang, f(lang)])) as Record<EmbedLang, T>;
	return {
		version: 1,
		site: siteTitle,
		loader: '/embed/loader.js',
		heightMessage: { type: HEIGHT_MESSAGE_TYPE, version: PROTOCOL_VERSION },
		charts: models.map((model) => ({
			id: model.id,
			kind: model.kind,
			title: perLang((lang) => title(model.text.title, lang, model)),
			languages: [...EMBED_LANGS],
			size: { ...(EMBED_SIZES[model.kind] ?? FALLBACK_EMBED_SIZE) },
			embed: perLang((lang) => embedPath(model.id, lang)),
			page: perLang((lang) => chartPagePath(model, lang)),
			options: model.options ?? {}
		}))
	};
}
