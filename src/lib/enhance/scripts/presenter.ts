/**
 * /enhance/presenter.js: the one script of the presenter view (/present/presenter/, not hydrated: see
 * src/routes/present/presenter/+page.svelte). It keeps the view on the audience window's slide
 * (../slideShow.ts) and, on every move, copies the current and the next slide into the previews from
 * the page's <template>, shows that slide's notes and marks it in the slide list. It also runs the
 * timer (kept across reloads of this window) and the clock. Keys as in the deck, but P and Esc,
 * which belong to the audience window.
 */
import { AUDIENCE_WINDOW, formatElapsed } from '../../present/navigation';
import { DeckController, onDeckKeys, toggleFullscreen } from '../slideShow';
import { keepSelection, loadSelection, selectionKey } from '../deckSelection';

/** sessionStorage key of the timer's start (ms since the epoch). */
const TIMER_KEY = 'xm-present-timer-start';

/**
 * A reader's deck (?s=…): the previews' template, the notes and the slide list are rebuilt from the
 * chosen slides' pages (the prerendered ones serve as patterns).
 */
async function useSelection(root: HTMLElement) {
	const chosen = await loadSelection(root);
	if (!chosen) return;
	const count = chosen.slides.length;
	const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
	const other = lang === 'en' ? 'zh' : 'en';
	root
		.querySelector<HTMLTemplateElement>('template[data-slides]')!
		.content.replaceChildren(...chosen.slides.map((s) => s.slide));
	const notePattern = root.querySelector<HTMLElement>('[data-notes]')!;
	const notes = chosen.slides.map((s, i) => {
		const block = notePattern.cloneNode(true) as HTMLElement;
		block.dataset.notes = String(i);
		const [own, others] = block.querySelectorAll<HTMLElement>('ul.note-list');
		const fillList = (list: HTMLElement | undefined, lines: string[]) => {
			list?.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
		};
		fillList(own, s.notes[lang]);
		fillList(others, s.notes[other]);
		return block;
	});
	const notesParent = notePattern.parentElement!;
	notesParent.querySelectorAll('[data-notes]').forEach((n) => n.remove());
	notesParent.append(...notes);
	const itemPattern = root.querySelector<HTMLElement>('[data-goto]')!.closest('li')!;
	const items = chosen.slides.map((s, i) => {
		const item = itemPattern.cloneNode(true) as HTMLElement;
		const button = item.querySelector<HTMLButtonElement>('[data-goto]')!;
		button.dataset.goto = String(i);
		button.dataset.position = s.slide.querySelector('[data-slide]')?.getAttribute('aria-label') ?? s.title;
		button.textContent = `${i + 1}. ${s.title}`;
		return item;
	});
	const list = itemPattern.parentElement!;
	list.replaceChildren(...items);
	const show = (selector: string, preview: number) => {
		const slot = root.querySelector<HTMLElement>(selector)!;
		const slide = chosen.slides[preview]?.slide;
		slot.replaceChildren(...(slide ? [slide.cloneNode(true)] : []));
	};
	show('[data-preview="current"]', 0);
	show('[data-preview="next"]', 1);
	root.dataset.deck = selectionKey(root.dataset.deck!, chosen.ids);
	root.dataset.count = String(count);
	keepSelection(root.querySelector<HTMLAnchorElement>('[data-command="audience"]')!, chosen.ids);
}

function start(root: HTMLElement) {
	const slides = [...root.querySelector<HTMLTemplateElement>('template[data-slides]')!.content.children];
	const count = slides.length;
	const current = root.querySelector<HTMLElement>('[data-preview="current"]')!;
	const next = root.querySelector<HTMLElement>('[data-preview="next"]')!;
	const last = root.querySelector<HTMLElement>('[data-last]')!;
	const notes = [...root.querySelectorAll<HTMLElement>('[data-notes]')];
	const list = [...root.querySelectorAll<HTMLButtonElement>('[data-goto]')];
	const counter = root.querySelector<HTMLElement>('[data-counter]')!;
	const command = (name: string) => root.querySelector<HTMLElement>(`[data-command="${name}"]`)!;
	const prev = command('prev') as HTMLButtonElement;
	const nextButton = command('next') as HTMLButtonElement;
	/** The index each preview shows (the prerendered page shows slides 1 and 2). */
	const shown = { current: 0, next: 1 };

	const show = (preview: HTMLElement, index: number) => {
		if (index < count) preview.replaceChildren(slides[index]!.cloneNode(true));
		else preview.replaceChildren();
	};

	const nav = new DeckController({
		deck: root.dataset.deck!,
		count,
		onChange(index) {
			root.dataset.index = String(index);
			if (shown.current !== index) show(current, (shown.current = index));
			if (shown.next !== index + 1) show(next, (shown.next = index + 1));
			last.hidden = index + 1 < count;
			notes.forEach((n, i) => (n.hidden = i !== index));
			list.forEach((b, i) =>
				i === index ? b.setAttribute('aria-current', 'step') : b.removeAttribute('aria-current')
			);
			counter.textContent = list[index]?.dataset.position ?? '';
			prev.disabled = index === 0;
			nextButton.disabled = index === count - 1;
		}
	});
	nav.start();

	prev.addEventListener('click', () => nav.go({ type: 'prev' }));
	nextButton.addEventListener('click', () => nav.go({ type: 'next' }));
	for (const button of list)
		button.addEventListener('click', () => nav.go({ type: 'goto', index: Number(button.dataset.goto) }));
	nav.opensOtherWindow(command('audience') as HTMLAnchorElement, AUDIENCE_WINDOW);
	// The other language's notes stay open (or closed) from one slide to the next. Toggle events arrive
	// late, so an event only counts when its details differ from the state last copied to all: the
	// copies' own events (and a reader's press undone before its event came) change nothing.
	const otherNotes = [...root.querySelectorAll<HTMLDetailsElement>('.notes details')];
	let notesOpen = otherNotes.some((d) => d.open);
	for (const details of otherNotes)
		details.addEventListener('toggle', () => {
			if (details.open === notesOpen) return;
			notesOpen = details.open;
			for (const d of otherNotes) d.open = notesOpen;
		});

	// P and Esc belong to the audience window: here they do what the browser does with them.
	onDeckKeys((action) => {
		if (action.type === 'presenter' || action.type === 'escape') return false;
		if (action.type === 'fullscreen') toggleFullscreen();
		else nav.go(action);
		return true;
	});

	startTimer(root);
}

/** The elapsed time since the view opened or was reset, and the time of day, updated every second. */
function startTimer(root: HTMLElement) {
	const elapsed = root.querySelector<HTMLElement>('.elapsed')!;
	const clock = root.querySelector<HTMLElement>('[data-clock]')!;
	const timeFormat = new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'zh-CN', {
		hour: '2-digit',
		minute: '2-digit'
	});
	let startedAt = 0;
	const tick = () => {
		const now = Date.now();
		elapsed.textContent = formatElapsed(now - startedAt);
		clock.textContent = timeFormat.format(now);
	};
	/** The timer counts from `at`, kept across reloads of this window where storage is allowed. */
	const startAt = (at: number) => {
		startedAt = at;
		try {
			sessionStorage.setItem(TIMER_KEY, String(at));
		} catch {
			// Storage disabled: a reload starts the timer again.
		}
		tick();
	};
	let saved = 0;
	try {
		saved = Number(sessionStorage.getItem(TIMER_KEY));
	} catch {
		// As above.
	}
	const now = Date.now();
	startAt(saved > 0 && saved <= now ? saved : now);
	setInterval(tick, 1000);
	root.querySelector<HTMLElement>('[data-command="reset"]')!.addEventListener('click', () => startAt(Date.now()));
}

const root = document.querySelector<HTMLElement>('[data-presenter]');
if (root) void useSelection(root).finally(() => start(root));
