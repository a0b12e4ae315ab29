/**
 * The "download and share" menu under every chart. ChartActions.svelte prerenders it hidden
 * (`[data-embed-actions]`, with the export's words in `data-export` and the status lines in
 * `data-messages`); this shows it and makes it work: a disclosure button and a list of buttons,
 * Escape closes and returns to the button, a click outside closes. The export
 * code (PNG, SVG, CSV; src/lib/export/) is a separate module loaded only when the menu is first opened;
 * the PowerPoint code (/enhance/pptx.js, ./scripts/pptx.ts, with pptxgenjs) only when "PowerPoint" is
 * pressed: it makes a one-slide deck of the chart from the prerendered slide specs (`data-pptx`).
 */
import type { ExportAction } from '../export/run';
import type { ExportInfo } from '../export/request';
import { fill, isRecord, readJson } from './json';

/** The lazily loaded export module (/enhance/export.js, ./scripts/export.ts). */
export interface ExportModule {
	runEmbedExport(action: ExportAction, info: ExportInfo, figure: Element, pageUrl: string): Promise<string>;
}

export interface MenuMessages {
	working: string;
	done: string;
	doneCsv: string;
	failed: string;
	copied: string;
	manual: string;
}

const ACTIONS: readonly ExportAction[] = ['png-slide', 'png-2x', 'svg', 'csv', 'source'];
const isAction = (value: string | undefined): value is ExportAction =>
	value !== undefined && (ACTIONS as readonly string[]).includes(value);

/** The lazily loaded PowerPoint module (/enhance/pptx.js, ./scripts/pptx.ts). */
interface PptxModule {
	downloadChartPptx(figure: Element, specUrl: string, id: string): Promise<string>;
}

/**
 * A module of /enhance/ (built by scripts/build-enhance.mjs), wherever under /enhance/ the code asking for
 * it was loaded from: a page's script (/enhance/page.js) or an island's chunk (/enhance/zh/chunks/…).
 */
const enhanceModule = (file: string): string => import.meta.url.replace(/\/enhance\/.*$/, `/enhance/${file}`);

let pptxModule: Promise<PptxModule> | null = null;
const loadPptx = (): Promise<PptxModule> =>
	(pptxModule ??= import(/* @vite-ignore */ enhanceModule('pptx.js')) as Promise<PptxModule>);

let exportModule: Promise<ExportModule> | null = null;
/**
 * The export module (/enhance/export.js, next to the script that bundles this file: page.js, embed.js
 * or deck.js), loaded once, on first use.
 */
export const loadExport = (): Promise<ExportModule> =>
	(exportModule ??= import(/* @vite-ignore */ enhanceModule('export.js')) as Promise<ExportModule>);

export interface MenuContext {
	/** The chart on its dashboard page, absolute, with the reader's view. */
	pageUrl: () => string;
	/** The embed builder's address with the reader's options (root-relative); kept as prerendered when absent. */
	builderHref?: string;
	loadExport: () => Promise<ExportModule>;
}

/**
 * A menu's status lines: its own, else those of the page's first menu in its language (a page writes
 * them once per language, firstMenuOf() in ./context.ts), else the page's first.
 */
function messagesOf(box: HTMLElement): string | null {
	const own = box.getAttribute('data-messages');
	if (own !== null) return own;
	const lang = (el: Element) => el.closest('[lang]')?.getAttribute('lang');
	const all = [...document.querySelectorAll('[data-messages]')];
	return (all.find((el) => lang(el) === lang(box)) ?? all[0])?.getAttribute('data-messages') ?? null;
}

/** Makes one prerendered menu work. Returns false (and leaves it hidden) when its data is unusable. */
export function startMenu(box: HTMLElement, context: MenuContext): boolean {
	const info = readJson<ExportInfo | null>(
		box.getAttribute('data-export'),
		null,
		(v) => isRecord(v) && typeof v.id === 'string' && isRecord(v.texts) && isRecord(v.sidecar)
	);
	const messages = readJson<MenuMessages | null>(
		messagesOf(box),
		null,
		(v) =>
			isRecord(v) && ['working', 'done', 'doneCsv', 'failed', 'copied', 'manual'].every((k) => typeof v[k] === 'string')
	);
	const toggle = box.querySelector<HTMLButtonElement>('button.toggle');
	const list = box.querySelector<HTMLElement>('.menu');
	const status = box.querySelector<HTMLElement>('.status');
	const manual = box.querySelector<HTMLElement>('.manual');
	const field = manual?.querySelector<HTMLInputElement>('input');
	const figure = box.closest('figure');
	if (!info || !messages || !toggle || !list || !status || !manual || !field || !figure) return false;

	const builder = list.querySelector<HTMLAnchorElement>('a[data-builder-link]');
	if (builder && context.builderHref) builder.setAttribute('href', context.builderHref);
	let open = false;
	let busy = false;
	const pptxUrl = box.getAttribute('data-pptx');
	const pptxButton = list.querySelector<HTMLButtonElement>('button[data-action="pptx"]');
	// Without its slide specs the PowerPoint item cannot work: it goes.
	if (pptxButton && !pptxUrl) pptxButton.closest('li')?.remove();
	const actionButtons = [...list.querySelectorAll<HTMLButtonElement>('button[data-action]')].filter(
		(b) => isAction(b.dataset.action) || b.dataset.action === 'pptx'
	);

	function setOpen(value: boolean) {
		open = value;
		toggle!.setAttribute('aria-expanded', String(value));
		list!.hidden = !value;
		// Start loading the export code as soon as the menu opens, so the first click is quick.
		if (value) context.loadExport().catch(() => {});
	}

	function setBusy(value: boolean) {
		busy = value;
		for (const button of actionButtons) button.disabled = value;
	}

	async function run(action: ExportAction | 'pptx') {
		if (busy) return;
		setBusy(true);
		status!.textContent = messages!.working;
		try {
			if (action === 'pptx') {
				const module = await loadPptx();
				const file = await module.downloadChartPptx(figure!, new URL(pptxUrl!, location.href).href, info!.id);
				status!.textContent = fill(messages!.done, { file });
				return;
			}
			const module = await context.loadExport();
			const file = await module.runEmbedExport(action, info!, figure!, context.pageUrl());
			status!.textContent =
				action === 'csv'
					? fill(messages!.doneCsv, { file, source: `${info!.id}.source.txt` })
					: fill(messages!.done, { file });
		} catch (error) {
			status!.textContent = fill(messages!.failed, {
				reason: error instanceof Error ? error.message : String(error)
			});
		} finally {
			setBusy(false);
		}
	}

	async function copyLink() {
		const url = context.pageUrl();
		manual!.hidden = true;
		try {
			await navigator.clipboard.writeText(url);
			status!.textContent = messages!.copied;
		} catch {
			// No clipboard (an iframe without clipboard-write, an old browser): show the link to copy by hand.
			field!.value = url;
			manual!.hidden = false;
			status!.textContent = messages!.manual;
		}
	}

	toggle.addEventListener('click', () => setOpen(!open));
	list.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (!button || button.disabled) return;
		const action = button.dataset.action;
		if (action === 'copy-link') void copyLink();
		else if (action === 'pptx' || isAction(action)) void run(action);
	});
	field.addEventListener('focus', () => field.select());
	box.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && open) {
			event.stopPropagation();
			setOpen(false);
			toggle.focus();
		}
	});
	document.addEventListener('pointerdown', (event) => {
		if (open && !(event.target instanceof Node && box.contains(event.target))) setOpen(false);
	});
	box.hidden = false;
	return true;
}
