/**
 * The performance budgets (bench/budgets.json), read in one place by the benchmark (`npm run bench --
 * --check`) and the browser suite's JavaScript budget gate.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchConfig {
	profile: {
		name: string;
		viewport: { width: number; height: number };
		deviceScaleFactor: number;
		cpuThrottlingRate: number;
		network: { latencyMs: number; downloadKbps: number; uploadKbps: number };
		runs: number;
	};
	budgets: {
		/** gzip KB of JavaScript loaded until the network is idle: light pages and every embed, other pages. */
		jsGzipKB: { light: number; hydrated: number };
		/** Pages (Chinese path; the English twin is the same) held to the light budget besides the embeds. */
		lightPages: string[];
		htmlRawKB: number;
		lcpMs: number;
		tooltipMs: number;
	};
	/** Ceilings the browser suite accepts for a page until it meets its budget (the bench reports the budget). */
	interim: { note: string; jsGzipKB: Record<string, number> };
	/** Pages the benchmark always measures, besides one page per template. */
	namedPages: string[];
	selectors: { chartSvg: string; tooltipTargets: string; tooltip: string };
}

export const BENCH_CONFIG = JSON.parse(
	readFileSync(fileURLToPath(new URL('./budgets.json', import.meta.url)), 'utf8')
) as BenchConfig;

/** A page's path without the `/en` prefix (both languages share their budgets). */
export const zhPath = (path: string) => path.replace(/^\/en\//, '/');

/** Which JavaScript budget a page is held to: every embed and the listed light pages, or the rest. */
export function jsBudgetClass(path: string, kind: 'page' | 'embed', config = BENCH_CONFIG): 'light' | 'hydrated' {
	return kind === 'embed' || config.budgets.lightPages.includes(zhPath(path)) ? 'light' : 'hydrated';
}

/** A page's JavaScript budget in KB (gzip). */
export function jsBudgetKB(path: string, kind: 'page' | 'embed', config = BENCH_CONFIG): number {
	return config.budgets.jsGzipKB[jsBudgetClass(path, kind, config)];
}

/** What the browser suite accepts: the budget, or the page's interim ceiling while it has one. */
export function jsCeilingKB(path: string, kind: 'page' | 'embed', config = BENCH_CONFIG): number {
	return config.interim.jsGzipKB[zhPath(path)] ?? jsBudgetKB(path, kind, config);
}
