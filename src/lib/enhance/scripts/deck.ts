/**
 * /enhance/deck.js: the one script of the meeting deck's audience window (/present/, not hydrated: see
 * src/routes/present/+page.svelte). Every slide is in the page; this shows one at a time and adds:
 *
 * - keys and presentation clickers (→/←, PageDown/PageUp, Space, Home/End, 1–9; src/lib/present/navigation.ts),
 *   the buttons, and the URL hash (`#3`, with Back and Forward);
 * - the presenter view kept on the same slide (BroadcastChannel; ../slideShow.ts, src/lib/present/sync.ts);
 * - F for full screen, P for the presenter view, Esc to leave the deck;
 * - the controls, shown for a few seconds after the mouse moves;
 * - tooltips on the charts' marks and the map's features (../charts.ts, as on every page; a slide has
 *   no download menus);
 * - a reader's deck (?s=a,b,c, from /present/build/): its slides loaded from their pages first (../deckSelection.ts);
 * - the PowerPoint download: its button loads /enhance/pptx.js (./pptx.ts) only when pressed.
 */
import { PRESENTER_FEATURES, PRESENTER_WINDOW, slideHash } from '../../present/navigation';
import { startMarks } from '../charts';
import { DeckController, onDeckKeys, toggleFullscreen } from '../slideShow';
import { isRecord, readJson } from '../json';
import { keepSelection, loadSelection, selectionKey } from '../deckSelection';

/** The lazily loaded PowerPoint module (/enhance/pptx.js, ./pptx.ts). */
interface PptxModule {
	downloadDeckPptx(root: HTMLElement, specUrl: string, filename: string): Promise<string>;
}

/** How long the controls stay after the mouse last moved, ms. */
const CONTROLS_SHOWN_MS = 2500;
/** An Esc within this long after leaving full screen is the browser passing that Esc on: it does not leave the deck. */
const ESC_AFTER_FULLSCREEN_MS = 800;

/** A reader's deck (?s=…): its slides, loaded from their pages, replace the standard deck's. */
async function useSelection(root: HTMLElement) {
	const chosen = await loadSelection(root);
	if (!chosen) return;
	const first = root.querySelector<HTMLElement>('[data-frame]')!;
	const frames = chosen.slides.map((s, i) => {
		const frame = first.cloneNode(false) as HTMLElement;
		frame.classList.toggle('current', i === 0);
		frame.append(s.slide);
		return frame;
	});
	first.parentElement!.replaceChildren(...frames);
	root.dataset.deck = selectionKey(root.dataset.deck!, chosen.ids);
	root.dataset.count = String(frames.length);
	const counter = root.querySelector<HTMLElement>('[data-deck-controls] [data-template]')!;
	counter.dataset.template = chosen.counter;
	for (const name of ['presenter', 'language'])
		keepSelection(root.querySelector<HTMLAnchorElement>(`[data-command="${name}"]`)!, chosen.ids);
}

function start(root: HTMLElement) {
	const frames = [...root.querySelectorAll<HTMLElement>('[data-frame]')];
	const controls = root.querySelector<HTMLElement>('[data-deck-controls]')!;
	const command = (name: string) => controls.querySelector<HTMLElement>(`[data-command="${name}"]`)!;
	const prev = command('prev') as HTMLButtonElement;
	const next = command('next') as HTMLButtonElement;
	const fullscreenButton = command('fullscreen');
	const presenterLink = command('presenter') as HTMLAnchorElement;
	const languageLink = command('language') as HTMLAnchorElement;
	const exitLink = command('exit') as HTMLAnchorElement;
	const counter = controls.querySelector<HTMLElement>('[data-template]')!;
	const announce = root.querySelector<HTMLElement>('[data-announce]')!;
	const languageHref = languageLink.href.split('#')[0]!;
	let announced = false;

	const nav = new DeckController({
		deck: root.dataset.deck!,
		count: frames.length,
		onChange(index) {
			frames.forEach((frame, i) => {
				frame.classList.toggle('current', i === index);
				frame.inert = i !== index;
			});
			root.dataset.index = String(index);
			prev.disabled = index === 0;
			next.disabled = index === frames.length - 1;
			counter.textContent = counter.dataset.template!.replace('{n}', String(index + 1));
			languageLink.href = languageHref + slideHash(index);
			// Screen readers hear where the deck went, not where it opened.
			if (announced)
				announce.textContent = frames[index]!.querySelector('[data-slide]')?.getAttribute('aria-label') ?? '';
			announced = true;
		}
	});
	nav.start();

	let leftFullscreenAt = -Infinity;
	document.addEventListener('fullscreenchange', () => {
		const on = document.fullscreenElement !== null;
		for (const label of fullscreenButton.querySelectorAll<HTMLElement>('[data-when]'))
			label.hidden = label.dataset.when !== (on ? 'fullscreen' : 'windowed');
		if (!on) leftFullscreenAt = performance.now();
	});
	const openPresenter = nav.opensOtherWindow(presenterLink, PRESENTER_WINDOW, PRESENTER_FEATURES);

	let hideTimer: ReturnType<typeof setTimeout> | undefined;
	const revealControls = () => {
		controls.classList.add('visible');
		clearTimeout(hideTimer);
		hideTimer = setTimeout(() => controls.classList.remove('visible'), CONTROLS_SHOWN_MS);
	};
	revealControls();
	addEventListener('pointermove', revealControls);

	prev.addEventListener('click', () => nav.go({ type: 'prev' }));
	next.addEventListener('click', () => nav.go({ type: 'next' }));
	fullscreenButton.addEventListener('click', toggleFullscreen);

	onDeckKeys((action) => {
		switch (action.type) {
			case 'fullscreen':
				toggleFullscreen();
				break;
			case 'presenter':
				openPresenter();
				break;
			case 'escape':
				if (document.fullscreenElement) void document.exitFullscreen();
				else if (performance.now() - leftFullscreenAt > ESC_AFTER_FULLSCREEN_MS) location.assign(exitLink.href);
				break;
			default:
				nav.go(action);
		}
		return true;
	});

	startPptx(root, command('pptx') as HTMLButtonElement, announce);
	startMarks(root, { markKeys: false });
}

/** The PowerPoint button: shown once this script runs, it loads the PowerPoint code on the first press. */
function startPptx(root: HTMLElement, button: HTMLButtonElement, status: HTMLElement) {
	const messages = readJson<Record<'working' | 'done' | 'failed', string> | null>(
		root.dataset.pptxMessages ?? null,
		null,
		(v) => isRecord(v) && ['working', 'done', 'failed'].every((k) => typeof v[k] === 'string')
	);
	const specUrl = root.dataset.pptx;
	const file = root.dataset.pptxFile;
	if (!messages || !specUrl || !file) return;
	button.hidden = false;
	button.addEventListener('click', async () => {
		button.disabled = true;
		status.textContent = messages.working;
		try {
			const pptx = (await import(/* @vite-ignore */ new URL('./pptx.js', import.meta.url).href)) as PptxModule;
			const name = await pptx.downloadDeckPptx(root, new URL(specUrl, location.href).href, file);
			status.textContent = messages.done.replace('{file}', name);
		} catch (error) {
			console.warn(error);
			status.textContent = messages.failed;
		} finally {
			button.disabled = false;
		}
	});
}

const root = document.querySelector<HTMLElement>('[data-deck]');
if (root) void useSelection(root).finally(() => start(root));
