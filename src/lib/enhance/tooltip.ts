/**
 * Tooltips for chart marks and map features: the prerendered marks carry their text (chart marks:
 * `data-tooltip`, lines separated by "\n"; the map's features and badges: `aria-label`, lines
 * separated by " · "). Hover, keyboard focus or a click shows it in one
 * positioned `role="tooltip"` element, described by the mark (`aria-describedby`); a click (or Enter
 * and Space on a mark that is a button) pins it, Escape or a click elsewhere hides it.
 */

import { nearestInPixels, pointerInUnits } from './nearest';

/** The id of a page's one tooltip element (prerendered by ./PageScript.svelte, else made by `tooltipElement`). */
export const TOOLTIP_ID = 'page-tooltip';

/** The page's one tooltip element (`role="tooltip"`, styled in src/app.css), made once when the page has none. */
export function tooltipElement(doc: Document): HTMLElement {
	const found = doc.getElementById(TOOLTIP_ID);
	if (found) return found;
	const tip = doc.createElement('div');
	tip.id = TOOLTIP_ID;
	tip.className = 'page-tooltip';
	tip.setAttribute('role', 'tooltip');
	tip.hidden = true;
	doc.body.append(tip);
	return tip;
}

/** Marks that have a tooltip. */
export const TOOLTIP_TARGETS =
	'[data-tooltip], [data-row], svg [tabindex][aria-label], [data-feature][aria-label], [data-tooltip-target][aria-label]';

/** Each data table's rows by their header cell's text, read once. */
const tableRows = new WeakMap<Element, Map<string, string[]>>();

/**
 * The lines of a mark whose words are a row of its chart's data table (`data-row` = the row header's
 * text; the calendar's days): the row header, then "column: cell" for each other column that has a value. A mark many
 * times over (365 days) so carries its words once on the page, in the table. Empty when the chart has
 * no table or no such row.
 */
export function rowLines(mark: Element): string[] {
	const key = mark.getAttribute('data-row');
	const table = mark.closest('[data-chart-id]')?.querySelector('table');
	if (key === null || !table) return [];
	let rows = tableRows.get(table);
	if (!rows) {
		const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
		const colon = (table.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh') ? '：' : ': ';
		rows = new Map();
		for (const tr of table.querySelectorAll('tbody tr')) {
			const [head, ...cells] = [...tr.children].map((c) => c.textContent?.trim() ?? '');
			// A cell with no value ("—", empty) adds no line.
			const lines = cells.flatMap((cell, i) =>
				cell === '' || cell === '—' ? [] : [`${heads[i + 1] ?? ''}${colon}${cell}`]
			);
			if (head !== undefined) rows.set(head, [head, ...lines]);
		}
		tableRows.set(table, rows);
	}
	return rows.get(key) ?? [];
}

/**
 * The tooltip's lines for a mark: its `data-tooltip`, else its row of the data table (`data-row`), else
 * its `aria-label` split at " · ".
 */
export function tooltipLines(mark: Pick<Element, 'getAttribute'> & Partial<Pick<Element, 'closest'>>): string[] {
	if (mark.getAttribute('data-tooltip') === null && mark.getAttribute('data-row') !== null && mark.closest)
		return rowLines(mark as Element);
	const tip = mark.getAttribute('data-tooltip');
	const text = tip ?? mark.getAttribute('aria-label') ?? '';
	return text
		.split(tip !== null ? '\n' : ' · ')
		.map((line) => line.trim())
		.filter(Boolean);
}

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/**
 * Where the tooltip goes, in page coordinates: centred above the mark, or below it when there is no
 * room above in the viewport; kept inside the viewport horizontally (with a margin) when it fits.
 * `mark` is the mark's viewport box, `tip` the tooltip's size, `view` the viewport and its scroll.
 */
export function placeTooltip(
	mark: Box,
	tip: { width: number; height: number },
	view: { width: number; height: number; scrollX: number; scrollY: number },
	gap = 8,
	margin = 4
): { left: number; top: number; below: boolean } {
	const below = mark.top - gap - tip.height < 0;
	const top = below ? mark.top + mark.height + gap : mark.top - gap - tip.height;
	const centred = mark.left + mark.width / 2 - tip.width / 2;
	const max = view.width - margin - tip.width;
	const left = max < margin ? margin : Math.min(Math.max(centred, margin), max);
	return { left: Math.round(left + view.scrollX), top: Math.round(top + view.scrollY), below };
}

/** The marker nearest to the pointer (within 24 plot units) under a `data-nearest` layer, if any. */
export function nearestMark(layer: SVGGraphicsElement, clientX: number, clientY: number): Element | null {
	const points = readPoints(layer.getAttribute('data-nearest'));
	const svg = layer.ownerSVGElement;
	const box = layer.getBoundingClientRect();
	if (!svg || box.width <= 0 || box.height <= 0) return null;
	// The pointer in the layer's own units (the plot's; the drawing is scaled by its viewBox).
	const width = layer instanceof SVGRectElement ? layer.width.baseVal.value : box.width;
	const height = layer instanceof SVGRectElement ? layer.height.baseVal.value : box.height;
	const [mx, my] = pointerInUnits(clientX, clientY, box, width, height);
	const near = nearestInPixels(
		points.map(([px, py, series, x]) => ({ px, py, series, x })),
		mx,
		my
	);
	if (!near) return null;
	return svg.querySelector(`[data-series="${CSS.escape(near.series)}"] .point[data-x="${CSS.escape(String(near.x))}"]`);
}

type NearPoint = [number, number, string, number | string];
function readPoints(text: string | null): NearPoint[] {
	try {
		const value: unknown = JSON.parse(text ?? '[]');
		return Array.isArray(value)
			? value.filter(
					(p): p is NearPoint =>
						Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' && typeof p[2] === 'string'
				)
			: [];
	} catch {
		return [];
	}
}

/** Starts the tooltips of the marks inside `root`, shown in `tip` (a `role="tooltip"` element with an id). */
export function startTooltips(root: HTMLElement, tip: HTMLElement): () => void {
	let current: Element | null = null;
	let describedBy: string | null = null;
	let pinned = false;
	// Where the pointer last was on screen, and where it rested when the keyboard took the tooltip. Until
	// it moves from there, the pointer events that still arrive (the browser reports a resting pointer
	// entering whatever a scroll or a redraw brings under it) do not take the tooltip from the focus.
	let pointerAt: { x: number; y: number } | null = null;
	let restingAt: { x: number; y: number } | null = null;
	const resting = (event: Event): boolean => {
		const { clientX: x, clientY: y } = event as PointerEvent;
		if (restingAt && x === restingAt.x && y === restingAt.y) return true;
		restingAt = null;
		return false;
	};
	const onPointer = (event: PointerEvent) => {
		pointerAt = { x: event.clientX, y: event.clientY };
	};
	const markOf = (node: EventTarget | null): Element | null =>
		node instanceof Element ? node.closest(TOOLTIP_TARGETS) : null;

	function position() {
		if (!current) return;
		const box = current.getBoundingClientRect();
		const at = placeTooltip(
			box,
			{ width: tip.offsetWidth, height: tip.offsetHeight },
			{ width: document.documentElement.clientWidth, height: innerHeight, scrollX, scrollY }
		);
		tip.style.left = `${at.left}px`;
		tip.style.top = `${at.top}px`;
		tip.classList.toggle('below', at.below);
	}

	function show(mark: Element) {
		if (current !== mark) hide();
		const lines = tooltipLines(mark);
		if (lines.length === 0) return;
		tip.replaceChildren(
			...lines.map((line, i) => {
				const div = document.createElement('div');
				div.textContent = line;
				if (i === 0) div.className = 'first';
				return div;
			})
		);
		tip.hidden = false;
		if (current !== mark) {
			current = mark;
			describedBy = mark.getAttribute('aria-describedby');
			mark.setAttribute('aria-describedby', tip.id);
			mark.classList.add('active');
		}
		position();
	}

	function hide() {
		if (current) {
			if (describedBy) current.setAttribute('aria-describedby', describedBy);
			else current.removeAttribute('aria-describedby');
			current.classList.remove('active');
		}
		current = null;
		describedBy = null;
		pinned = false;
		tip.hidden = true;
		tip.replaceChildren();
	}

	/**
	 * The `data-nearest` layer of the plot the pointer is over (NearestHover), if it has one: there the
	 * marker nearest the pointer shows its tooltip, even one that lies under another series' marker.
	 */
	const nearestLayerOf = (target: EventTarget | null): SVGGraphicsElement | null =>
		target instanceof Element
			? (target.closest('svg')?.querySelector<SVGGraphicsElement>(':scope [data-nearest]') ?? null)
			: null;
	const onOver = (event: Event) => {
		const mark = markOf(event.target);
		// Only on entering a mark (as pointerenter): a move between its own parts (a dot and its hit
		// area, when a redraw changes what lies under a resting pointer) must not take the tooltip back
		// from a mark the keyboard has since focused. In a plot with a nearest layer, the pointer's
		// moves decide (onNearest).
		const from = (event as PointerEvent).relatedTarget;
		if (!mark || pinned || (from instanceof Node && mark.contains(from)) || nearestLayerOf(mark) || resting(event))
			return;
		show(mark);
	};
	const onOut = (event: Event) => {
		const mark = markOf(event.target);
		const to = (event as PointerEvent).relatedTarget;
		if (pinned || !current || resting(event)) return;
		const layer = nearestLayerOf(event.target);
		if (layer) {
			// Leaving the plot (not just moving between its marks) hides what the nearest marker showed.
			const plot = layer.ownerSVGElement;
			if (plot?.contains(current) && !(to instanceof Node && plot.contains(to))) hide();
			return;
		}
		if (mark && mark === current && !(to instanceof Node && mark.contains(to))) hide();
	};
	const onFocusIn = (event: Event) => {
		const mark = markOf(event.target);
		if (mark) {
			pinned = false;
			restingAt = pointerAt;
			show(mark);
		}
	};
	const onFocusOut = (event: Event) => {
		if (current && event.target === current && !pinned) hide();
	};
	const toggle = (mark: Element) => {
		if (pinned && current === mark) hide();
		else {
			show(mark);
			pinned = current === mark;
		}
	};
	const onClick = (event: Event) => {
		const mark = markOf(event.target);
		if (mark) toggle(mark);
		else if (pinned) hide();
	};
	const onKey = (event: KeyboardEvent) => {
		if (event.key === 'Escape' && current) {
			hide();
			return;
		}
		const mark = markOf(event.target);
		// Marks drawn as buttons (the map's features) pin their tooltip with Enter and Space, like a click.
		if (
			mark &&
			mark === event.target &&
			(event.key === 'Enter' || event.key === ' ') &&
			mark.getAttribute('role') === 'button' &&
			!(mark instanceof HTMLButtonElement)
		) {
			event.preventDefault();
			toggle(mark);
		}
	};
	const onOutside = (event: Event) => {
		if (pinned && !(event.target instanceof Node && root.contains(event.target))) hide();
	};
	const onMove = () => position();
	/**
	 * A layer over a plot whose markers may hide one another (NearestHover: `data-nearest`, the points
	 * as [x, y, series, x value] in the SVG's units): the marker nearest the pointer shows its tooltip.
	 */
	const onNearest = (event: PointerEvent) => {
		const layer = nearestLayerOf(event.target);
		if (!layer || pinned || resting(event)) return;
		const mark = nearestMark(layer, event.clientX, event.clientY);
		if (mark) show(mark);
		else if (current && layer.ownerSVGElement?.contains(current)) hide();
	};

	document.addEventListener('pointermove', onPointer, { capture: true, passive: true });
	root.addEventListener('pointerover', onOver);
	root.addEventListener('pointerout', onOut);
	root.addEventListener('pointermove', onNearest);
	root.addEventListener('focusin', onFocusIn);
	root.addEventListener('focusout', onFocusOut);
	root.addEventListener('click', onClick);
	document.addEventListener('keydown', onKey);
	document.addEventListener('pointerdown', onOutside);
	addEventListener('resize', onMove);
	addEventListener('scroll', onMove, { passive: true });
	return () => {
		hide();
		document.removeEventListener('pointermove', onPointer, { capture: true });
		root.removeEventListener('pointerover', onOver);
		root.removeEventListener('pointerout', onOut);
		root.removeEventListener('pointermove', onNearest);
		root.removeEventListener('focusin', onFocusIn);
		root.removeEventListener('focusout', onFocusOut);
		root.removeEventListener('click', onClick);
		document.removeEventListener('keydown', onKey);
		document.removeEventListener('pointerdown', onOutside);
		removeEventListener('resize', onMove);
		removeEventListener('scroll', onMove);
	};
}
