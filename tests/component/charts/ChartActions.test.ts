import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ChartActions from '../../../src/lib/charts/ChartActions.svelte';
import { testSources, useLocale } from '../fixtures';
import { enhance } from '../enhanced';
import { menusContext } from '../../../src/lib/enhance/context';

afterEach(cleanup);
afterEach(() => document.querySelectorAll('figure').forEach((f) => f.remove()));

/** The menu as a page has it: prerendered inside its chart's frame, then started by the page's script. */
function renderMenu() {
	const figure = document.body.appendChild(document.createElement('figure'));
	figure.id = props.id;
	render(ChartActions, { props, target: figure });
	enhance(figure);
}

const props = {
	id: 'test-trend',
	title: 'Composite index',
	summary: 'The composite index fell.',
	sources: Object.values(testSources).slice(0, 1)
};

describe('ChartActions', () => {
	test('a disclosure button that opens a list of actions; Escape closes it and returns focus', async () => {
		useLocale('en');
		const user = userEvent.setup();
		renderMenu();
		const toggle = await screen.findByRole('button', { name: 'Download' });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('list')).toBeNull();

		toggle.focus();
		await user.keyboard('{Enter}');
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		const list = screen.getByRole('list', { name: 'Composite index: download and share' });
		expect(toggle).toHaveAttribute('aria-controls', list.id);
		expect([...list.querySelectorAll('button, a')].map((el) => el.textContent)).toEqual([
			'PNG image (slide, 1920×1080)',
			'PNG image (this size, 2×)',
			'SVG (vector)',
			'CSV data table',
			'PowerPoint (.pptx)',
			'Sources and licence (TXT)',
			'Copy link',
			'Embed this chart'
		]);
		expect(screen.getByRole('link', { name: 'Embed this chart' })).toHaveAttribute(
			'href',
			'/en/embed/?chart=test-trend'
		);

		await user.tab();
		expect(document.activeElement).toHaveTextContent('PNG image (slide, 1920×1080)');
		await user.keyboard('{Escape}');
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(document.activeElement).toBe(toggle);
	});

	test('without a clipboard, the link is shown to copy by hand', async () => {
		useLocale('zh');
		const user = userEvent.setup();
		Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
		renderMenu();
		await user.click(await screen.findByRole('button', { name: '下载与分享' }));
		await user.click(screen.getByRole('button', { name: '复制链接' }));
		expect(await screen.findByRole('status')).toHaveTextContent('无法自动复制链接，请手动复制：');
		const field = screen.getByRole('textbox', { name: '链接' }) as HTMLInputElement;
		expect(field.value).toMatch(/#test-trend$/);
		expect(field).toHaveAttribute('readonly');
	});

	test('a click outside closes the menu', async () => {
		useLocale('en');
		const user = userEvent.setup();
		renderMenu();
		const toggle = await screen.findByRole('button', { name: 'Download' });
		await user.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await user.click(document.body);
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
	});

	test('on a page of several charts only the first menu carries the status lines; the others read them from it', async () => {
		useLocale('zh');
		const user = userEvent.setup();
		Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
		const context = menusContext();
		const boxes = ['first-trend', 'second-trend'].map((id) => {
			const figure = document.body.appendChild(document.createElement('figure'));
			figure.id = id;
			render(ChartActions, { props: { ...props, id }, target: figure, context });
			return figure.querySelector<HTMLElement>('[data-embed-actions]')!;
		});
		expect(boxes.map((box) => box.hasAttribute('data-messages'))).toEqual([true, false]);
		for (const box of boxes) enhance(box.closest('figure')!);
		const toggles = await screen.findAllByRole('button', { name: '下载与分享' });
		expect(toggles).toHaveLength(2);
		await user.click(toggles[1]!);
		const second = within(boxes[1]!);
		await user.click(second.getByRole('button', { name: '复制链接' }));
		expect(await second.findByRole('status')).toHaveTextContent('无法自动复制链接，请手动复制：');
	});
});
