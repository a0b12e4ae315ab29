import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { enhance, tooltip } from '../enhanced';

/**
 * Who owns the tooltip when the keyboard and a resting pointer both point at marks. A page that
 * scrolls (or a chart that redraws) under a still mouse makes the browser report that pointer entering
 * and leaving whatever now lies under it, at the same place on screen: those reports must not take the
 * tooltip from the mark the keyboard focused. A pointer that really moves takes it back.
 */
const marks = ['2019', '2020', '2024']
	.map((x) => `<circle class="point" tabindex="-1" role="img" aria-label="${x}" data-tooltip="${x}: ${x}"></circle>`)
	.join('');

const pointer = (type: string, target: Element, x: number, y: number, relatedTarget: Element | null = null) =>
	target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y, relatedTarget }));

describe('tooltip: keyboard focus and a resting pointer', () => {
	let mark: (x: string) => SVGElement;
	beforeEach(() => {
		document.body.innerHTML = `<figure><svg>${marks}</svg></figure>`;
		enhance(document.querySelector('figure')!);
		mark = (x) => document.querySelector<SVGElement>(`[aria-label="${x}"]`)!;
	});
	afterEach(() => {
		document.body.innerHTML = '';
	});

	test('the pointer shows a mark; the keyboard then focuses another: a still pointer leaves it be', () => {
		pointer('pointermove', mark('2019'), 10, 10);
		pointer('pointerover', mark('2019'), 10, 10);
		expect(tooltip()).toEqual(['2019: 2019']);
		mark('2024').focus();
		expect(tooltip()).toEqual(['2024: 2024']);
		// The page scrolls under the still pointer: it leaves 2019 and enters 2020, at the same place.
		pointer('pointerout', mark('2019'), 10, 10, mark('2020'));
		pointer('pointerover', mark('2020'), 10, 10, mark('2019'));
		pointer('pointermove', mark('2020'), 10, 10);
		expect(tooltip()).toEqual(['2024: 2024']);
	});

	test('once the pointer moves, it takes the tooltip again', () => {
		pointer('pointermove', mark('2019'), 10, 10);
		mark('2024').focus();
		pointer('pointermove', mark('2020'), 14, 10);
		pointer('pointerover', mark('2020'), 14, 10, mark('2019'));
		expect(tooltip()).toEqual(['2020: 2020']);
	});

	test('with no pointer seen before the focus, a pointer over a mark shows it', () => {
		mark('2024').focus();
		pointer('pointerover', mark('2020'), 10, 10);
		expect(tooltip()).toEqual(['2020: 2020']);
	});
});
