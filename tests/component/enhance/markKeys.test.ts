import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { moveMark, startMarkKeys } from '../../../src/lib/enhance/markKeys';

describe('moveMark: where a key goes among a chart’s marks', () => {
	test.each([
		{ at: 0, count: 5, key: 'ArrowRight', to: 1 },
		{ at: 0, count: 5, key: 'ArrowDown', to: 1 },
		{ at: 3, count: 5, key: 'ArrowLeft', to: 2 },
		{ at: 3, count: 5, key: 'ArrowUp', to: 2 },
		{ at: 3, count: 5, key: 'Home', to: 0 },
		{ at: 1, count: 5, key: 'End', to: 4 },
		// No wrapping, and no move is null (the key then does what the browser does with it).
		{ at: 4, count: 5, key: 'ArrowRight', to: null },
		{ at: 0, count: 5, key: 'ArrowLeft', to: null },
		{ at: 0, count: 5, key: 'Home', to: null },
		{ at: 4, count: 5, key: 'End', to: null },
		{ at: 2, count: 5, key: 'Tab', to: null },
		{ at: 2, count: 5, key: 'Enter', to: null },
		{ at: 2, count: 5, key: 'PageDown', to: null }
	])('$key from $at of $count → $to', ({ at, count, key, to }) => {
		expect(moveMark(at, count, key)).toBe(to);
	});
});

/** A chart frame with `n` bar marks, as the kinds prerender them (every mark a Tab stop, named). */
const frame = (id: string, n: number) =>
	`<figure data-chart-id="${id}"><svg><g>` +
	Array.from(
		{ length: n },
		(_, i) => `<rect tabindex="0" role="img" aria-label="${id} ${i}" data-tooltip="${id} ${i}"></rect>`
	).join('') +
	'</g></svg></figure>';

const stops = () => [...document.querySelectorAll('[tabindex="0"]')].map((e) => e.getAttribute('aria-label'));
const press = (key: string, extra: KeyboardEventInit = {}) => {
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...extra });
	document.activeElement!.dispatchEvent(event);
	return event.defaultPrevented;
};
const focused = () => document.activeElement?.getAttribute('aria-label');

describe('startMarkKeys: each chart one Tab stop, arrow keys inside', () => {
	beforeEach(() => {
		document.body.innerHTML =
			frame('a', 4) +
			frame('b', 3) +
			frame('one', 1) +
			// The map's features and the calendar's days keep their own keys.
			'<figure data-chart-id="map"><svg><path tabindex="0" aria-label="Huli" data-feature="d"></path><path tabindex="0" aria-label="Siming" class="district feature"></path></svg></figure>';
	});
	afterEach(() => {
		document.body.innerHTML = '';
	});

	test('leaves the first mark of each chart in the tab order, the others reachable by keys only', () => {
		expect(startMarkKeys(document)).toBe(2);
		expect(stops()).toEqual(['a 0', 'b 0', 'one 0', 'Huli', 'Siming']);
		expect(document.querySelector('[aria-label="a 2"]')!.getAttribute('tabindex')).toBe('-1');
		expect(document.querySelector('[aria-label="a 2"]')!.getAttribute('aria-keyshortcuts')).toContain('ArrowRight');
		// Started again (a hydrated page's action runs again): nothing changes.
		expect(startMarkKeys(document)).toBe(0);
		expect(stops()).toEqual(['a 0', 'b 0', 'one 0', 'Huli', 'Siming']);
	});

	test('arrow keys, Home and End move the focus within the chart, and the Tab stop follows', () => {
		startMarkKeys(document);
		document.querySelector<SVGElement>('[aria-label="a 0"]')!.focus();
		expect(press('ArrowRight')).toBe(true);
		expect(focused()).toBe('a 1');
		press('End');
		expect(focused()).toBe('a 3');
		// The last mark: the key does nothing (no wrap into the next chart), and is not taken.
		expect(press('ArrowRight')).toBe(false);
		expect(focused()).toBe('a 3');
		press('ArrowUp');
		expect(focused()).toBe('a 2');
		expect(stops()).toEqual(['a 2', 'b 0', 'one 0', 'Huli', 'Siming']);
		// Modified keys belong to the browser.
		expect(press('Home', { ctrlKey: true })).toBe(false);
		expect(focused()).toBe('a 2');
	});

	test('a mark focused another way (a click) becomes its chart’s Tab stop', () => {
		startMarkKeys(document);
		document.querySelector<SVGElement>('[aria-label="b 2"]')!.focus();
		expect(stops()).toEqual(['a 0', 'b 2', 'one 0', 'Huli', 'Siming']);
	});

	test('marks in a closed disclosure of the chart (further panels) are skipped until it opens; closing it over the Tab stop gives the stop back', () => {
		document.body.innerHTML =
			'<figure data-chart-id="m"><svg><rect tabindex="0" aria-label="m 0"></rect><rect tabindex="0" aria-label="m 1"></rect></svg>' +
			'<details><summary>More</summary><svg><rect tabindex="0" aria-label="m 2"></rect></svg></details></figure>';
		startMarkKeys(document);
		const details = document.querySelector('details')!;
		document.querySelector<SVGElement>('[aria-label="m 0"]')!.focus();
		press('End');
		expect(focused()).toBe('m 1');
		details.open = true;
		press('End');
		expect(focused()).toBe('m 2');
		expect(stops()).toEqual(['m 2']);
		details.open = false;
		details.dispatchEvent(new Event('toggle'));
		expect(stops()).toEqual(['m 0']);
	});

	test('the map’s features are left alone', () => {
		startMarkKeys(document);
		document.querySelector<SVGElement>('[aria-label="Huli"]')!.focus();
		expect(press('ArrowRight')).toBe(false);
		expect(focused()).toBe('Huli');
	});
});
