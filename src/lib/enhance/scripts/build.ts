/**
 * /enhance/build.js: the deck builder's script (/present/build/, a GET form that works without it).
 * Adds Move up / Move down buttons to every slide (keyboard: they are buttons; focus stays on the
 * moved button), renumbers the positions to the list's order after every move, and shows the deck's
 * short address (`/present/?s=a,b,c`, one per language) for the chosen slides; submitting the form
 * opens that short address.
 */
import { isRecord, readJson } from '../json';

type Words = Record<'up' | 'down' | 'moved', string>;

function start(form: HTMLFormElement) {
	const list = form.querySelector<HTMLOListElement>('[data-slide-list]')!;
	const words = readJson<Words | null>(
		form.dataset.words ?? null,
		null,
		(v) => isRecord(v) && ['up', 'down', 'moved'].every((k) => typeof v[k] === 'string')
	);
	const status = form.querySelector<HTMLElement>('[data-status]');
	const link = form.querySelector<HTMLElement>('[data-deck-link]')!;
	const links = {
		zh: link.querySelector<HTMLAnchorElement>('[data-deck-link-zh]')!,
		en: link.querySelector<HTMLAnchorElement>('[data-deck-link-en]')!
	};
	const bases = { zh: links.zh.href.split('?')[0]!, en: links.en.href.split('?')[0]! };
	if (!words) return;
	const items = () => [...list.children] as HTMLLIElement[];
	const titleOf = (li: HTMLElement) => li.querySelector('.title')?.textContent ?? '';

	/** Positions follow the list; the buttons at the ends are disabled; the short address follows the ticks. */
	function update() {
		const all = items();
		all.forEach((li, i) => {
			li.querySelector<HTMLInputElement>('input[type="number"]')!.value = String(i + 1);
			li.querySelector<HTMLButtonElement>('[data-move="up"]')!.disabled = i === 0;
			li.querySelector<HTMLButtonElement>('[data-move="down"]')!.disabled = i === all.length - 1;
		});
		const chosen = all
			.filter((li) => li.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked)
			.map((li) => li.dataset.id!);
		const query = chosen.length ? `?s=${chosen.map(encodeURIComponent).join(',')}` : '';
		links.zh.href = bases.zh + query;
		links.en.href = bases.en + query;
		link.hidden = false;
	}

	for (const li of items()) {
		const moves = document.createElement('span');
		moves.className = 'moves';
		for (const direction of ['up', 'down'] as const) {
			const button = document.createElement('button');
			button.type = 'button';
			button.dataset.move = direction;
			button.textContent = `${direction === 'up' ? '↑' : '↓'} ${words[direction]}`;
			button.setAttribute('aria-label', `${words[direction]}: ${titleOf(li)}`);
			moves.append(button);
		}
		li.append(moves);
	}

	list.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-move]') : null;
		const li = button?.closest('li');
		if (!button || !li) return;
		if (button.dataset.move === 'up' && li.previousElementSibling) li.previousElementSibling.before(li);
		else if (button.dataset.move === 'down' && li.nextElementSibling) li.nextElementSibling.after(li);
		else return;
		update();
		// Focus stays with the slide that moved (on the other button when this one is now disabled).
		const other = li.querySelector<HTMLButtonElement>(`[data-move="${button.dataset.move === 'up' ? 'down' : 'up'}"]`)!;
		(button.disabled ? other : button).focus();
		if (status)
			status.textContent = words.moved.replace('{title}', titleOf(li)).replace('{n}', String(items().indexOf(li) + 1));
	});
	list.addEventListener('change', update);
	// Typed positions reorder the list when the field is left.
	list.addEventListener('focusout', (event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || input.type !== 'number') return;
		const order = items()
			.map((li, i) => ({
				li,
				i,
				n: Number(li.querySelector<HTMLInputElement>('input[type="number"]')!.value) || Infinity
			}))
			.sort((a, b) => a.n - b.n || a.i - b.i);
		if (order.some((o, i) => o.i !== i)) list.append(...order.map((o) => o.li));
		update();
	});
	form.addEventListener('submit', (event) => {
		update();
		const submitter = (event as SubmitEvent).submitter;
		const english = submitter?.getAttribute('lang') === 'en';
		event.preventDefault();
		location.assign((english ? links.en : links.zh).href);
	});
	update();
}

const form = document.querySelector<HTMLFormElement>('form[data-deck-builder]');
if (form) start(form);
