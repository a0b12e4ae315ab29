import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLEAN, baseURL, expectClean, goto, sharedBrowser, openPage } from './browser';
import { DECK } from '../../src/lib/present/config';
import { composePptx, type PptxCatalogue } from '../../src/lib/present/pptx';
import { readPptx } from '../unit/export/pptx/read';

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
const HD = { viewport: { width: 1920, height: 1080 } };
/** The slide ids in order, from the deck's configuration (the page must show exactly these). */
const SLIDES = DECK.slides.map((s) => s.id);
const N = SLIDES.length;
/** 1-based position of a slide id. */
const at = (id: string) => SLIDES.indexOf(id) + 1;

/** The slide a window shows: its index, the URL hash and the visible slide's id. */
async function shown(page: Page) {
	return page.evaluate(() => {
		const root = document.querySelector<HTMLElement>('[data-index]')!;
		const visible = [...document.querySelectorAll<HTMLElement>('.frame')].filter(
			(f) => getComputedStyle(f).visibility === 'visible'
		);
		return {
			index: Number(root.dataset.index),
			hash: location.hash,
			visible: visible.map((f) => f.querySelector<HTMLElement>('[data-slide]')!.dataset.slide)
		};
	});
}

/** Waits until the window shows slide `n` (1-based) and its hash says so. */
async function expectSlide(page: Page, n: number) {
	await expect
		.poll(() =>
			page.evaluate(() => [location.hash, document.querySelector<HTMLElement>('[data-index]')!.dataset.index])
		)
		.toEqual([`#${n}`, String(n - 1)]);
}

describe('the meeting deck', () => {
	test.each([
		{
			path: '/present/',
			lang: 'zh-CN',
			title: '2024年厦门生态环境',
			glance: '2024年一览',
			figure: '第3',
			source: '2024年工作总结'
		},
		{
			path: '/en/present/',
			lang: 'en',
			title: "Xiamen's environment in 2024",
			glance: '2024 at a glance',
			figure: '3rd',
			source: '2024 work summary'
		}
	])(
		'$path: every slide is in the page, the site chrome is not, and nothing fails',
		async ({ path, lang, title, glance, figure, source }) => {
			const { page, problems, close } = await openPage(browser, path, HD);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.locator('.site-header').isVisible()).toBe(false);
			expect(await page.locator('.site-footer').isVisible()).toBe(false);
			expect(
				await page.locator('.frame [data-slide]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slide))
			).toEqual(SLIDES);
			expect(await shown(page)).toEqual({ index: 0, hash: '#1', visible: ['title'] });
			expect(await page.locator('.frame.current h2').textContent()).toBe(title);
			const text = (await page.locator('[data-slide="glance"]').textContent())!;
			for (const t of [
				glance,
				'2.34',
				figure,
				'99.5',
				'70.8',
				'91.7',
				'95.5',
				'412',
				'51.06',
				'230',
				// The footnote names the document by its registry short name (data/sources.csv short_zh/short_en).
				source
			])
				expect(text, t).toContain(t);
			// The slide fills a 1920 × 1080 window exactly.
			const box = (await page.locator('.frame.current [data-slide]').boundingBox())!;
			expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([0, 0, 1920, 1080]);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);

	test('keyboard and clicker keys move through the deck; the hash follows; Back goes back', async () => {
		const { page, problems, close } = await openPage(browser, '/present/', HD);
		await expectSlide(page, 1);
		const steps: [string, number][] = [
			['ArrowRight', 2],
			['PageDown', 3],
			['Space', 4],
			['ArrowLeft', 3],
			['Shift+Space', 2],
			['PageUp', 1],
			['End', N],
			['ArrowRight', N],
			['Home', 1],
			['ArrowLeft', 1],
			['5', 5],
			['9', Math.min(9, N)],
			['2', 2]
		];
		for (const [key, n] of steps) {
			await page.keyboard.press(key);
			await expectSlide(page, n);
		}
		await expect.poll(async () => (await shown(page)).visible).toEqual(['glance']);
		await page.goBack();
		await expectSlide(page, Math.min(9, N));
		await page.goBack();
		await expectSlide(page, 5);
		await page.goForward();
		await expectSlide(page, Math.min(9, N));
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test.each([
		{ hash: '#4', n: 4 },
		{ hash: `#${N}`, n: N },
		{ hash: `#${N + 1}`, n: 1 },
		{ hash: '#0', n: 1 },
		{ hash: '#abc', n: 1 },
		{ hash: '#-3', n: 1 }
	])('opening /en/present/$hash shows slide $n', async ({ hash, n }) => {
		const { page, problems, close } = await openPage(browser, `/en/present/${hash}`, HD);
		await expectSlide(page, n);
		await expect.poll(async () => (await shown(page)).visible).toEqual([SLIDES[n - 1]]);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('Esc outside full screen leaves the deck for the overview; the controls work with the mouse', async () => {
		const { page, close } = await openPage(browser, '/en/present/#3', HD);
		await expectSlide(page, 3);
		await page.mouse.move(900, 500);
		await page.getByRole('button', { name: 'Next slide' }).click();
		await expectSlide(page, 4);
		await page.keyboard.press('Escape');
		await page.waitForURL((url) => url.pathname === '/en/');
		expect(await page.locator('.site-header').isVisible()).toBe(true);
		await close();
	});

	test('F asks for full screen and F again leaves it', async () => {
		const { page, close } = await openPage(browser, '/present/', HD);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await close();
	});

	test('with reduced motion, slides change without a transition', async () => {
		/** The longest transition on a slide frame, in seconds. */
		const longest = (page: Page) =>
			page
				.locator('.frame')
				.first()
				.evaluate((e) =>
					Math.max(
						...getComputedStyle(e)
							.transitionDuration.split(',')
							.map((d) => parseFloat(d))
					)
				);
		const still = await openPage(browser, '/present/', { ...HD, reducedMotion: 'reduce' });
		expect(await longest(still.page)).toBeLessThan(0.001);
		await still.close();
		const moving = await openPage(browser, '/present/', HD);
		expect(await longest(moving.page)).toBeGreaterThan(0.1);
		await moving.close();
	});
});

describe('a deck that is not hydrated', () => {
	test('it loads one small script of its own, not the app', async () => {
		const { page, problems, close } = await openPage(browser, '/present/', HD);
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
				.map((e) => new URL(e.name).pathname)
		);
		expect(scripts).toEqual(['/enhance/deck.js']);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test.each(['/present/', '/en/present/'])(
		'%s: the PowerPoint button downloads the deck as a .pptx, loading its code only when pressed',
		async (path) => {
			const { page, problems, close } = await openPage(browser, path, HD);
			const scripts = () =>
				page.evaluate(() =>
					performance
						.getEntriesByType('resource')
						.filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'navigation')
						.map((e) => new URL(e.name).pathname)
				);
			expect((await scripts()).filter((p) => p.includes('pptx'))).toEqual([]);
			const button = page.locator('[data-command="pptx"]');
			await page.mouse.move(10, 10);
			expect(await button.isVisible()).toBe(true);
			const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
			expect(download.suggestedFilename()).toMatch(/\.pptx$/);
			const bytes = await readFile((await download.path())!);
			// A zip (PK…) with one slide per deck slide, the full source list continued over as many as it needs.
			expect(bytes.subarray(0, 2).toString()).toBe('PK');
			const lang = path.startsWith('/en/') ? 'en' : 'zh';
			const catalogue = (await (
				await page.request.get(new URL(`/present/pptx-${lang}.json`, page.url()).href)
			).json()) as PptxCatalogue;
			const expected = composePptx(catalogue, SLIDES).spec.slides;
			expect(expected.length).toBeGreaterThanOrEqual(N);
			expect(expected.length - N).toBeLessThanOrEqual(3);
			const read = await readPptx(bytes);
			expect(read.slides.map((s) => s.title?.paragraphs.join('').replace(/\s+/g, ''))).toEqual(
				expected.map((s) => s.title.replace(/\s+/g, ''))
			);
			expect((await scripts()).filter((p) => p.includes('pptx'))).toEqual([
				'/enhance/pptx.js',
				`/present/pptx-${path.startsWith('/en/') ? 'en' : 'zh'}.json`
			]);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);

	test('each chart is drawn at the width it has on the slide, so it is never stretched', async () => {
		const { page, close } = await openPage(browser, '/present/', HD);
		const charts = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-deck-chart] [style*="--ssr-aspect"]')].map((plot) => {
				// The drawing's width is the first number of --ssr-aspect ("604 / 200").
				const drawn = parseFloat(plot.style.getPropertyValue('--ssr-aspect'));
				return { slide: plot.closest<HTMLElement>('[data-slide]')!.dataset.slide, drawn, laidOut: plot.offsetWidth };
			})
		);
		// Every chart drawn from a width: the domain slides' and the chart slides' (the map keeps its geography's).
		expect(charts.map((c) => c.slide)).toEqual(
			DECK.slides
				.filter((s) => (s.kind === 'domain' && s.chart) || (s.kind === 'chart' && !s.chart.startsWith('map-')))
				.map((s) => s.id)
		);
		for (const c of charts) expect(Math.abs(c.drawn - c.laidOut), c.slide).toBeLessThanOrEqual(1);
		await close();
	});

	test('the map slide says which layers it shows', async () => {
		const { page, close } = await openPage(browser, `/en/present/#${at('map')}`, HD);
		await expectSlide(page, at('map'));
		expect(await page.locator('.frame.current [data-chart-id="map-xiamen"] .subtitle').textContent()).toBe(
			'Layers shown: Districts · Air-monitoring stations'
		);
		await close();
	});

	test.each([
		{ path: '/present/', words: '由本看板统计（不是官方评价）' },
		{ path: '/en/present/', words: 'counted by this dashboard (not the official assessment)' }
	])(
		'$path: the 隘头潭 slide says its shares are counted from instantaneous readings, not the official assessment',
		async ({ path, words }) => {
			const { page, close } = await openPage(browser, `${path}#${at('aitoutan')}`, HD);
			await expectSlide(page, at('aitoutan'));
			const subtitle = page.locator('.frame.current [data-chart-id="water-aitoutan-seasons"] .subtitle');
			expect(await subtitle.textContent()).toContain(words);
			expect(await subtitle.isVisible()).toBe(true);
			await close();
		}
	);

	test('pointing at a mark of a chart on the slide shows its tooltip', async () => {
		const { page, problems, close } = await openPage(browser, `/en/present/#${at('air')}`, HD);
		await expectSlide(page, at('air'));
		const tip = page.locator('#page-tooltip');
		const mark = page.locator('.frame.current [data-deck-chart] svg [tabindex][aria-label]').nth(1);
		const box = (await mark.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => tip.isVisible()).toBe(true);
		// The tooltip shows the mark's own lines (its data-tooltip).
		expect(await tip.textContent()).toBe((await mark.getAttribute('data-tooltip'))!.split('\n').join(''));
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('without JavaScript every slide is shown, one below the other, and no dead controls', async () => {
		const { page, close } = await openPage(browser, '/present/', { ...HD, javaScriptEnabled: false });
		const frames = await page.locator('.frame').evaluateAll((els) =>
			els.map((e) => {
				const r = e.getBoundingClientRect();
				return { visible: getComputedStyle(e).visibility === 'visible', top: r.top, height: r.height };
			})
		);
		expect(frames).toHaveLength(N);
		for (const [i, f] of frames.entries()) {
			expect(f.visible, `slide ${i + 1}`).toBe(true);
			expect(f.height, `slide ${i + 1}`).toBeGreaterThan(300);
			if (i > 0) expect(f.top, `slide ${i + 1}`).toBeGreaterThanOrEqual(frames[i - 1]!.top + frames[i - 1]!.height);
		}
		expect(await page.locator('.controls').isVisible()).toBe(false);
		await close();
	});
});

describe('projector scale: large type and nothing cut off', () => {
	test.each(['/present/', '/en/present/'])('%s at 1920 × 1080', async (path) => {
		const { page, close } = await openPage(browser, path, HD);
		for (let n = 1; n <= SLIDES.length; n++) {
			await page.evaluate((h) => (location.hash = h), `#${n}`);
			await expectSlide(page, n);
			const report = await page.evaluate(() => {
				const content = document.querySelector('.frame.current .content')!;
				const small: string[] = [];
				const overflow: string[] = [];
				for (const el of content.querySelectorAll<HTMLElement>('*')) {
					if (el.closest('[data-deck-chart]')) continue;
					const ownText = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim() !== '');
					const size = parseFloat(getComputedStyle(el).fontSize);
					const footnote = el.closest('.source-id, .fine');
					if (ownText && size < (footnote ? 20 : 28))
						small.push(`${el.tagName}.${el.className} ${size}px "${el.textContent!.trim().slice(0, 30)}"`);
					// 3 px of slack: large digits' line boxes round differently across fonts; a cut-off line is far more.
					if (el.scrollHeight > el.clientHeight + 3 && el.clientHeight > 0 && getComputedStyle(el).display !== 'inline')
						overflow.push(`${el.tagName}.${el.className} ${el.scrollHeight} > ${el.clientHeight}`);
				}
				// A chart is magnified inside its box: its frame must fit the box, and its axis labels read at 20 px or more.
				for (const box of content.querySelectorAll<HTMLElement>('[data-deck-chart]')) {
					const frame = box.querySelector<HTMLElement>('.chart-frame')!;
					if (frame.scrollHeight > frame.clientHeight + 1)
						overflow.push(`chart ${frame.scrollHeight} > ${frame.clientHeight}`);
					for (const tick of box.querySelectorAll('.tick text')) {
						const h = tick.getBoundingClientRect().height;
						if (h < 20) small.push(`chart tick ${h}px`);
					}
				}
				const slide = content.closest('.slide')!;
				if (slide.scrollHeight > slide.clientHeight + 1)
					overflow.push(`slide ${slide.scrollHeight} > ${slide.clientHeight}`);
				const body = [...content.querySelectorAll<HTMLElement>('p, li, td, th, h2, cite')].filter(
					(e) => !e.closest('.source-id, .fine, [data-deck-chart]')
				);
				return { small, overflow, bodySizes: body.map((e) => parseFloat(getComputedStyle(e).fontSize)) };
			});
			expect(report.small, `slide ${n}`).toEqual([]);
			expect(report.overflow, `slide ${n}`).toEqual([]);
			// A chart slide (the map) is all chart: its words are the chart's own, magnified with it.
			if (DECK.slides[n - 1]!.kind === 'chart') continue;
			expect(report.bodySizes.length, `slide ${n}`).toBeGreaterThan(0);
			expect(Math.min(...report.bodySizes), `slide ${n}`).toBeGreaterThanOrEqual(28);
		}
		await close();
	});

	test('in a 4:3 window the slide keeps 16:9 and is letterboxed', async () => {
		const { page, close } = await openPage(browser, '/present/', { viewport: { width: 1024, height: 768 } });
		const box = (await page.locator('.frame.current [data-slide]').boundingBox())!;
		expect(Math.round(box.width)).toBe(1024);
		expect(Math.round(box.height)).toBe(576);
		expect(Math.round(box.y)).toBe(96);
		await close();
	});
});

describe('the presenter view follows the audience window, and the other way round', () => {
	test('two windows of one browser stay on the same slide', async () => {
		const context = await browser.newContext(HD);
		const errors: string[] = [];
		const audience = await context.newPage();
		audience.on('pageerror', (e) => errors.push(e.message));
		audience.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await goto(audience, new URL('/present/#2', baseURL()).href);
		await expectSlide(audience, 2);

		// P opens the presenter view in its own window, on the audience's slide.
		const [presenter] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('p')]);
		presenter.on('pageerror', (e) => errors.push(e.message));
		presenter.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await presenter.waitForLoadState('networkidle');
		expect(new URL(presenter.url()).pathname).toBe('/present/presenter/');
		await expectSlide(presenter, 2);
		expect(await presenter.locator('.site-header').isVisible()).toBe(false);

		// The audience window moves: the presenter follows.
		await audience.bringToFront();
		await audience.keyboard.press('ArrowRight');
		await expectSlide(audience, 3);
		await expectSlide(presenter, 3);
		await audience.keyboard.press('End');
		await expectSlide(presenter, N);

		// The presenter moves (keys, buttons, the slide list): the audience follows.
		await presenter.bringToFront();
		await presenter.keyboard.press('Home');
		await expectSlide(presenter, 1);
		await expectSlide(audience, 1);
		await presenter.keyboard.press('PageDown');
		await expectSlide(audience, 2);
		await presenter.getByRole('button', { name: /下一页/ }).click();
		await expectSlide(audience, 3);
		await presenter
			.locator('.slide-list button')
			.nth(at('problems') - 1)
			.click();
		await expectSlide(audience, at('problems'));
		await expectSlide(presenter, at('problems'));

		// The presenter sees the current and the next slide and the notes written from the data.
		await presenter.keyboard.press(String(at('air')));
		await expectSlide(audience, at('air'));
		expect(await presenter.locator('.current [data-slide]').getAttribute('data-slide')).toBe('air');
		expect(await presenter.locator('.next [data-slide]').getAttribute('data-slide')).toBe(SLIDES[at('air')]);
		// The notes of the slide shown, and only those.
		const shownNotes = presenter.locator('.notes [data-notes]:not([hidden])');
		expect(await shownNotes.count()).toBe(1);
		const notes = await shownNotes.locator('> .note-list li').allTextContents();
		expect(notes[0]).toBe('空气质量综合指数2.34，同比改善10.3%。');
		expect(await shownNotes.locator('.other-notes li').first().textContent()).toBe(
			'Air quality composite index: 2.34, an improvement of 10.3% on the previous year.'
		);
		// The other language's notes, once opened, stay open on the next slide.
		await shownNotes.locator('summary').click();
		await presenter.keyboard.press('ArrowRight');
		await expectSlide(audience, at('air') + 1);
		expect(await presenter.locator('.notes [data-notes]:not([hidden]) details').getAttribute('open')).toBe('');
		// …and closed, opened and closed again at once, they stay closed (the copies' own toggle events,
		// arriving late, do not reopen them).
		const summary = presenter.locator('.notes [data-notes]:not([hidden]) summary');
		await summary.focus();
		for (let i = 0; i < 3; i++) await presenter.keyboard.press('Enter');
		await presenter.keyboard.press('ArrowLeft');
		await expectSlide(audience, at('air'));
		await expect
			.poll(() =>
				presenter.evaluate(
					() => [...document.querySelectorAll('.notes details')].filter((d) => (d as HTMLDetailsElement).open).length
				)
			)
			.toBe(0);
		await presenter.keyboard.press('End');
		await expectSlide(audience, N);
		expect(await presenter.locator('.next [data-slide]').count()).toBe(0);
		expect(await presenter.locator('.next .last').isVisible()).toBe(true);

		// A presenter view opened later joins the slide the audience is on.
		const late = await context.newPage();
		await goto(late, new URL('/en/present/presenter/', baseURL()).href);
		await expectSlide(late, N);

		expect(errors).toEqual([]);
		await context.close();
	});

	test('a reader’s deck in the URL: its slides in its order, other values ignored with a note; keys, presenter view and PowerPoint follow it', async () => {
		const chosen = ['litter-density-trend', 'map-water', 'air', 'sources'];
		// Markup, a repeated id, a prototype name and an unknown id, between the slides.
		const values = [
			'litter-density-trend',
			'<img src=x onerror=alert(1)>',
			'map-water',
			'air',
			'air',
			'__proto__',
			'sources',
			'nope'
		];
		const query = `?s=${values.map((v) => encodeURIComponent(v)).join(',')}`;
		const context = await browser.newContext({ ...HD, acceptDownloads: true });
		const errors: string[] = [];
		const audience = await context.newPage();
		audience.on('pageerror', (e) => errors.push(e.message));
		audience.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await goto(audience, new URL(`/en/present/${query}`, baseURL()).href);
		await audience.waitForFunction((n) => document.querySelectorAll('[data-frame]').length === n, chosen.length);
		expect(
			await audience.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('[data-frame] [data-slide]')].map((s) => s.dataset.slide)
			)
		).toEqual(chosen);
		// The four values that are not slides (the repeated "air" among them) are counted, never shown.
		const note = audience.locator('[data-selection-note]');
		expect(await note.isVisible()).toBe(true);
		expect(await note.textContent()).toBe(
			'4 item(s) in the address are not slides of this dashboard and were ignored.'
		);
		expect(await audience.locator('img[src="x"]').count()).toBe(0);
		expect(await audience.content()).not.toContain('onerror');
		// Numbered within this deck; the sources slide lists only the documents these slides cite.
		expect(await audience.locator('.frame.current .page-number').textContent()).toBe('1 / 4');
		await audience.keyboard.press('End');
		await expectSlide(audience, 4);
		expect(await audience.locator('.frame.current .page-number').textContent()).toBe('4 / 4');
		const listed = await audience
			.locator('.frame.current [data-source-id]')
			.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.sourceId));
		const cited = await audience.evaluate(async (ids) => {
			const all = await Promise.all(
				ids.map(async (id) => {
					const html = await (await fetch(`/en/present/slides/${id}/`)).text();
					// The body only: the head's inlined <style> would be refused by this page's CSP.
					return new DOMParser()
						.parseFromString(html.slice(html.indexOf('<body')), 'text/html')
						.querySelector<HTMLElement>('[data-slide-fragment]')!
						.dataset.sources!.split(' ');
				})
			);
			return [...new Set(all.flat().filter(Boolean))];
		}, chosen);
		expect(listed.length).toBeGreaterThan(0);
		expect(new Set(listed)).toEqual(new Set(cited));
		await audience.keyboard.press('Home');
		await expectSlide(audience, 1);

		// The presenter view plays the same deck, with its notes, and follows.
		const [presenter] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('p')]);
		presenter.on('pageerror', (e) => errors.push(e.message));
		await presenter.waitForLoadState('networkidle');
		expect(new URL(presenter.url()).search).toBe(`?s=${chosen.join(',')}`);
		await expect.poll(() => presenter.locator('.slide-list button').count(), { timeout: 15000 }).toBe(chosen.length);
		await expectSlide(presenter, 1);
		expect(await presenter.locator('.current [data-slide]').getAttribute('data-slide')).toBe(chosen[0]);
		expect(await presenter.locator('.next [data-slide]').getAttribute('data-slide')).toBe(chosen[1]);
		await audience.bringToFront();
		await audience.keyboard.press('ArrowRight');
		await audience.keyboard.press('ArrowRight');
		await expectSlide(presenter, 3);
		expect(await presenter.locator('.current [data-slide]').getAttribute('data-slide')).toBe('air');
		expect(await presenter.locator('.notes [data-notes]:not([hidden]) > .note-list li').first().textContent()).toBe(
			'Air quality composite index: 2.34, an improvement of 10.3% on the previous year.'
		);

		// The PowerPoint has these slides, in this order.
		const [download] = await Promise.all([
			audience.waitForEvent('download'),
			audience.mouse.move(10, 10).then(() => audience.locator('[data-command="pptx"]').click())
		]);
		const read = await readPptx(await readFile((await download.path())!));
		const titles = await audience.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-frame] [data-slide]')].map(
				(s) => s.querySelector('.slide-heading')?.textContent ?? ''
			)
		);
		expect(read.slides.slice(0, 3).map((s) => s.title?.paragraphs.join('').replace(/\s+/g, ''))).toEqual(
			titles.slice(0, 3).map((t) => t.replace(/\s+/g, ''))
		);
		expect(read.slides[0]!.chart?.type).toBe('line');
		expect(read.slides[1]!.picture).toBeDefined();
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the timer counts and resets', async () => {
		const { page, problems, close } = await openPage(browser, '/en/present/presenter/', HD);
		const elapsed = page.locator('.elapsed');
		await expect.poll(() => elapsed.textContent(), { timeout: 5000 }).not.toBe('0:00');
		await page.getByRole('button', { name: 'Reset timer' }).click();
		expect(await elapsed.textContent()).toBe('0:00');
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});

describe('print: one slide per A4 landscape page', () => {
	test.each(['/present/', '/en/present/'])(
		'%s prints to as many pages as slides, each slide inside its page',
		async (path) => {
			const { page, close } = await openPage(browser, path, HD);
			await page.emulateMedia({ media: 'print' });
			const pages = await page.evaluate(() => {
				const mm = (px: number) => (px * 25.4) / 96;
				return [...document.querySelectorAll<HTMLElement>('.frame')].map((frame) => {
					const f = frame.getBoundingClientRect();
					const s = frame.querySelector('[data-slide]')!.getBoundingClientRect();
					return {
						frame: [Math.round(mm(f.width)), Math.round(mm(f.height))],
						inside:
							s.left >= f.left - 0.5 && s.right <= f.right + 0.5 && s.top >= f.top - 0.5 && s.bottom <= f.bottom + 0.5,
						visible: getComputedStyle(frame).visibility,
						ratio: Math.round((s.width / s.height) * 100) / 100
					};
				});
			});
			expect(pages).toHaveLength(SLIDES.length);
			for (const p of pages) {
				// The printable area of A4 landscape with 10 mm margins is 277 × 190 mm.
				expect(p.frame[0]).toBeLessThanOrEqual(277);
				expect(p.frame[1]).toBeLessThanOrEqual(190);
				expect(p).toMatchObject({ inside: true, visible: 'visible', ratio: 1.78 });
			}
			expect(await page.locator('.controls').isVisible()).toBe(false);
			const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
			const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
			expect(pageCount).toBe(SLIDES.length);
			await close();
		}
	);
});

describe('a deck of one’s own', () => {
	test('a reader’s deck prints one slide per A4 landscape page', async () => {
		const { page, close } = await openPage(browser, '/present/?s=air,map,litter-cleaning-area', HD);
		await page.waitForFunction(() => document.querySelectorAll('[data-frame]').length === 3);
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(3);
		await close();
	});

	test('the builder without JavaScript: a GET form of checkboxes and positions that opens the deck in either language', async () => {
		const { page, problems, close } = await openPage(browser, '/present/build/', {
			...HD,
			javaScriptEnabled: false
		});
		// The standard deck is ticked, in its order; every other slide is offered unticked.
		const ticked = await page
			.locator('input[name="s"]:checked')
			.evaluateAll((b) => b.map((x) => (x as HTMLInputElement).value));
		expect(ticked).toEqual(SLIDES);
		expect(await page.locator('input[name="s"]').count()).toBeGreaterThan(N + 20);
		await page.locator('input[value="air"]').uncheck();
		await page.locator('input[value="air-no2"]').check();
		await page.fill('input[name="n.air-no2"]', '1');
		await page.locator('button[lang="en"]').click();
		await page.waitForLoadState('load');
		const url = new URL(page.url());
		expect(url.pathname).toBe('/en/present/');
		expect(url.searchParams.getAll('s')).toEqual([...SLIDES.filter((s) => s !== 'air'), 'air-no2']);
		expect(url.searchParams.get('n.air-no2')).toBe('1');
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('the builder with JavaScript: move buttons reorder, the short address follows, submitting opens it', async () => {
		const { page, problems, close } = await openPage(browser, '/en/present/build/', HD);
		const second = page.locator('[data-slide-list] > li').nth(1);
		expect(await second.getAttribute('data-id')).toBe(SLIDES[1]);
		await second.getByRole('button', { name: /^Move up/ }).focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('[data-slide-list] > li').first().getAttribute('data-id')).toBe(SLIDES[1]);
		// Focus stays on the slide that moved (its Move up is now disabled: on Move down).
		expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.id)).toBe(SLIDES[1]);
		expect(await page.locator('input[name="n.title"]').inputValue()).toBe('2');
		const order = [SLIDES[1], SLIDES[0], ...SLIDES.slice(2)];
		expect(new URL((await page.locator('[data-deck-link-en]').getAttribute('href'))!).search).toBe(
			`?s=${order.join(',')}`
		);
		await page.locator('button[lang="zh-CN"]').click();
		// The prerendered deck has as many slides: wait for the reader's order, which the script applies.
		await page.waitForFunction(
			(first) => document.querySelector<HTMLElement>('[data-frame] [data-slide]')?.dataset.slide === first,
			order[0]
		);
		await page.waitForFunction((n) => document.querySelectorAll('[data-frame]').length === n, N);
		expect(new URL(page.url()).pathname).toBe('/present/');
		expect(
			await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('[data-frame] [data-slide]')].map((s) => s.dataset.slide)
			)
		).toEqual(order);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});
