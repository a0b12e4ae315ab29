import { describe, expect, test, vi } from 'vitest';
import { zoomOnFirstGesture } from '$lib/map/lazyZoom';

/** A map element, a load that resolves when told, and an attach that records what reaches it. */
function setup() {
	const target = document.createElement('div');
	document.body.append(target);
	let resolve!: (m: string) => void;
	let reject!: (e: Error) => void;
	const load = vi.fn(
		() =>
			new Promise<string>((res, rej) => {
				resolve = res;
				reject = rej;
			})
	);
	const received: string[] = [];
	const destroy = vi.fn();
	const attach = vi.fn((module: string, el: Element) => {
		el.addEventListener('mousedown', (e) => received.push(`mousedown@${(e as MouseEvent).clientX}`));
		el.addEventListener('wheel', (e) => received.push(`wheel@${(e as WheelEvent).deltaY}`));
		return { destroy };
	});
	const stop = zoomOnFirstGesture(target, load, attach);
	const fire = (event: Event) => target.dispatchEvent(event);
	const settle = () => new Promise((r) => setTimeout(r, 0));
	return {
		target,
		load,
		attach,
		received,
		destroy,
		stop,
		fire,
		settle,
		resolve: (m = 'zoom') => resolve(m),
		reject: (e: Error) => reject(e)
	};
}

describe('zoomOnFirstGesture', () => {
	test('loads nothing until a gesture; the pointer entering loads it once', async () => {
		const s = setup();
		expect(s.load).not.toHaveBeenCalled();
		s.fire(new MouseEvent('pointerover', { bubbles: true }));
		s.fire(new MouseEvent('pointerover', { bubbles: true }));
		expect(s.load).toHaveBeenCalledTimes(1);
		s.resolve();
		await s.settle();
		expect(s.attach).toHaveBeenCalledWith('zoom', s.target);
		// Once attached, gestures go to d3-zoom only: no second load.
		s.fire(new MouseEvent('mousedown', { bubbles: true, clientX: 3 }));
		expect(s.load).toHaveBeenCalledTimes(1);
		expect(s.received).toEqual(['mousedown@3']);
		s.stop();
	});

	test.each([
		{ name: 'a press still held is handed over', release: false, expected: ['mousedown@42'] },
		{ name: 'a press released before the code came is dropped', release: true, expected: [] }
	])('$name', async ({ release, expected }) => {
		const s = setup();
		s.fire(new MouseEvent('mousedown', { bubbles: true, clientX: 42 }));
		if (release) window.dispatchEvent(new MouseEvent('mouseup'));
		s.resolve();
		await s.settle();
		expect(s.received).toEqual(expected);
		s.stop();
	});

	test('Ctrl+wheel is kept from zooming the page and handed over; a plain wheel scrolls and is not', async () => {
		const s = setup();
		const plain = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: 5 });
		s.fire(plain);
		expect(plain.defaultPrevented).toBe(false);
		const zoom = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -100, ctrlKey: true });
		s.fire(zoom);
		expect(zoom.defaultPrevented).toBe(true);
		s.resolve();
		await s.settle();
		expect(s.received).toEqual(['wheel@-100']);
		s.stop();
	});

	test('destroyed before the code came: nothing is attached; destroyed after: it is detached', async () => {
		const early = setup();
		early.fire(new MouseEvent('pointerover', { bubbles: true }));
		early.stop();
		early.resolve();
		await early.settle();
		expect(early.attach).not.toHaveBeenCalled();

		const late = setup();
		late.fire(new MouseEvent('pointerover', { bubbles: true }));
		late.resolve();
		await late.settle();
		late.stop();
		expect(late.destroy).toHaveBeenCalledTimes(1);
	});

	test('a failed load leaves the map as it was, and the next gesture tries again', async () => {
		const s = setup();
		s.fire(new MouseEvent('pointerover', { bubbles: true }));
		s.reject(new Error('offline'));
		await s.settle();
		expect(s.attach).not.toHaveBeenCalled();
		s.fire(new MouseEvent('pointerover', { bubbles: true }));
		expect(s.load).toHaveBeenCalledTimes(2);
		s.resolve();
		await s.settle();
		expect(s.attach).toHaveBeenCalledTimes(1);
		s.stop();
	});
});
