import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLEAN, expectClean, sharedBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
const MAP = '[data-map-id="map-xiamen"]';
const tooltip = (page: Page) => page.locator(`${MAP} .map-tooltip`);
const k = (page: Page) => page.getAttribute(`${MAP} svg`, 'data-k');
/** The map's d3-zoom is attached (it is loaded on the reader's first gesture over the map). */
const zoomAttached = (page: Page) =>
	page.evaluate(() => '__zoom' in (document.querySelector('[data-map-id] svg') ?? {}));
/** Points at the map (the first gesture, which loads d3-zoom) and waits until d3-zoom is attached. */
const zoomReady = async (page: Page) => {
	await page.hover(`${MAP} svg`, { position: { x: 5, y: 5 } });
	await page.waitForFunction(() => '__zoom' in (document.querySelector('[data-map-id] svg') ?? {}));
};

describe('the map page', () => {
	test.each([
		{ path: '/map/', lang: 'zh-CN', h1: '厦门地图：行政区、监测站、水体与海域', note: '未经审图' },
		{ path: '/en/map/', lang: 'en', h1: 'Map of Xiamen: districts, stations, waters and sea', note: '未经审图' }
	])(
		'$path renders in its language, with every layer and the note, without errors',
		async ({ path, lang, h1, note }) => {
			const { page, problems, close } = await openPage(browser, path);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.textContent('h1')).toBe(h1);
			expect(await page.locator(`${MAP} [data-adcode]`).count()).toBe(6);
			expect(await page.locator(`${MAP} [data-station]`).count()).toBe(6);
			expect(await page.locator(`${MAP} .map-note`).textContent()).toContain(note);
			expect(await page.locator(`${MAP} input[type="date"]`).inputValue()).toBe('2023-01-20');
			expect(await page.locator('nav a[aria-current="page"]').getAttribute('href')).toBe(path);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);

	test('with JavaScript disabled the map is already drawn: paths, districts and stations, scaled by its viewBox', async () => {
		const { page, close } = await openPage(browser, '/en/map/', { javaScriptEnabled: false });
		const svg = page.locator(`${MAP} svg`);
		expect(await svg.getAttribute('viewBox')).toMatch(/^0 0 1000 \d+/);
		expect((await page.locator(`${MAP} path.land`).getAttribute('d'))!.length).toBeGreaterThan(5000);
		expect(await page.locator(`${MAP} path[data-adcode]`).count()).toBe(6);
		expect(await page.locator(`${MAP} [data-station]`).count()).toBe(6);
		expect(await page.locator(`${MAP} [data-station="1287A"] .level`).textContent()).toBe('1');
		const box = await svg.boundingBox();
		expect(box!.width).toBeGreaterThan(300);
		expect(box!.height).toBeGreaterThan(300);
		await close();
	});

	test('hover and Tab through the features show their tooltips; Escape closes a pinned one', async () => {
		const { page, close } = await openPage(browser, '/en/map/');
		await page.hover(`${MAP} [data-station="1287A"]`);
		await expect.poll(() => tooltip(page).textContent()).toContain('20 Jan 2023: AQI 48, level 1 (Excellent)');
		await page.mouse.move(0, 0);
		await page.focus(`${MAP} .zoom-reset`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-adcode'))).toBe('350203');
		await expect.poll(() => tooltip(page).textContent()).toContain('Siming');
		await page.keyboard.press('Tab');
		await expect.poll(() => tooltip(page).textContent()).toContain('Haicang');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator(`${MAP} .map-tooltip.pinned`).count()).toBe(1);
		await page.keyboard.press('Escape');
		await expect.poll(() => tooltip(page).count()).toBe(0);
		await close();
	});

	test('zoom buttons and keys change the transform; labels keep their screen size', async () => {
		const { page, close } = await openPage(browser, '/en/map/');
		await zoomReady(page);
		const group = page.locator(`${MAP} .base-layer > g`);
		const labelHeight = async () =>
			(await page.locator(`${MAP} .district-layer .labels text`).first().boundingBox())!.height;
		const before = await labelHeight();
		expect(await group.getAttribute('transform')).toBe('translate(0,0) scale(1)');
		await page.click(`${MAP} button.zoom-in`);
		await expect.poll(() => k(page)).toBe('1.500');
		expect(await group.getAttribute('transform')).toMatch(/scale\(1\.5\)$/);
		expect(Math.abs((await labelHeight()) - before)).toBeLessThan(1);
		await page.focus(`${MAP} [data-adcode="350203"]`);
		await page.keyboard.press('+');
		await expect.poll(() => k(page)).toBe('2.250');
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await group.getAttribute('transform'))!.startsWith('translate(-')).toBe(true);
		await page.keyboard.press('0');
		await expect.poll(() => k(page)).toBe('1.000');
		await close();
	});

	test('d3-zoom loads on the first gesture, not with the page; that first drag already pans', async () => {
		const { page, close } = await openPage(browser, '/en/map/');
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.waitForLoadState('networkidle');
		// The buttons work without it.
		await page.click(`${MAP} button.zoom-in`);
		await expect.poll(() => k(page)).toBe('1.500');
		expect(await zoomAttached(page)).toBe(false);
		expect(scripts).toEqual([]);
		const group = page.locator(`${MAP} .base-layer > g`);
		const start = await group.getAttribute('transform');
		const box = (await page.locator(`${MAP} svg`).boundingBox())!;
		// Straight into a drag: the press may come before the code does, and is handed over to it.
		await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.2);
		await page.mouse.down();
		await expect.poll(() => zoomAttached(page)).toBe(true);
		await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => group.getAttribute('transform')).not.toBe(start);
		expect(await k(page)).toBe('1.500');
		expect(scripts.length).toBeGreaterThan(0);
		await close();
	});

	test('dragging pans the zoomed map (d3-zoom)', async () => {
		const { page, close } = await openPage(browser, '/en/map/');
		await zoomReady(page);
		await page.click(`${MAP} button.zoom-in`);
		await expect.poll(() => k(page)).toBe('1.500');
		const group = page.locator(`${MAP} .base-layer > g`);
		const start = await group.getAttribute('transform');
		const box = (await page.locator(`${MAP} svg`).boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => group.getAttribute('transform')).not.toBe(start);
		expect(await k(page)).toBe('1.500');
		await close();
	});

	test('named views: Xiamen Island, a district, and back to the whole city', async () => {
		const { page, close } = await openPage(browser, '/en/map/');
		await zoomReady(page);
		await page.click(`${MAP} button[data-view="island"]`);
		await expect.poll(() => page.getAttribute(`${MAP} button[data-view="island"]`, 'aria-pressed')).toBe('true');
		expect(Number(await k(page))).toBeGreaterThan(2);
		await page.click(`${MAP} button[data-view="350213"]`);
		await expect.poll(() => page.getAttribute(`${MAP} button[data-view="350213"]`, 'aria-pressed')).toBe('true');
		await page.click(`${MAP} button[data-view="city"]`);
		await expect.poll(() => k(page)).toBe('1.000');
		await close();
	});

	test('with reduced motion a zoom happens at once (no animation)', async () => {
		const { page, close } = await openPage(browser, '/en/map/', { reducedMotion: 'reduce' });
		await zoomReady(page);
		await page.click(`${MAP} button[data-view="island"]`);
		expect(Number(await k(page))).toBeGreaterThan(2);
		await close();
	});

	test('on a phone a tap pins a tooltip', async () => {
		const { page, close } = await openPage(browser, '/map/', {
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		await page.tap(`${MAP} [data-station="1288A"]`);
		await expect.poll(() => page.locator(`${MAP} .map-tooltip.pinned`).textContent()).toContain('鼓浪屿 1288A');
		await close();
	});

	test('the layer checkboxes and the legend filter work in the browser', async () => {
		const { page, close } = await openPage(browser, '/en/map/');
		await page.uncheck(`${MAP} input[value="water"]`);
		expect(await page.locator(`${MAP} svg [data-site]`).count()).toBe(0);
		await page.check(`${MAP} input[value="water"]`);
		expect(await page.locator(`${MAP} svg [data-site]`).count()).toBe(6);
		await page.click(`${MAP} [data-layer="water"] button[data-key="class-II"]`);
		expect(await page.locator(`${MAP} svg [data-site].dimmed`).count()).toBe(4);
		await close();
	});

	test.each([
		{
			path: '/map/',
			title: '国家自动监测网站点：未在地图上标出',
			where: '东西溪，同安区（厦门）',
			jiulong: ['上坂', '九龙江流域', '不在厦门（来源没有给出所在县区）']
		},
		{
			path: '/en/map/',
			title: 'Stations of the national automatic network: not placed on the map',
			where: "Dongxi–Xixi River, Tong'an District (Xiamen)",
			jiulong: ['上坂', 'Jiulong River basin', 'outside Xiamen (no source gives its county)']
		}
	])(
		'$path lists the water network’s stations beside the map as not placed, and draws none of them',
		async ({ path, title, where, jiulong }) => {
			const { page, problems, close } = await openPage(browser, path);
			const list = page.locator(`${MAP} [data-list="network"]`);
			expect(await list.locator('h2, h3, h4').first().textContent()).toBe(title);
			expect(await list.locator('tbody tr').count()).toBe(8);
			const aitoutan = list.locator('tr[data-network-station="隘头潭"]');
			expect(await aitoutan.textContent()).toContain(where);
			expect(await aitoutan.textContent()).toContain('2,448');
			// A Jiulong River station: its river basin, and outside Xiamen (no source gives its county or position).
			const shangban = list.locator('tr[data-network-station="上坂"] :is(th, td)');
			expect((await shangban.allTextContents()).slice(0, 3)).toEqual(jiulong);
			expect(await list.locator('tr[data-location="none"]').count()).toBe(8);
			// Nothing of the network is drawn on the map.
			expect(await page.locator(`${MAP} svg [data-network-station]`).count()).toBe(0);
			expect(await list.locator('.source').textContent()).toMatch(/cnemc|监测|monitoring/i);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);

	test('on a phone the map is the first screen; lists and coordinates are closed <details> that open without JavaScript', async () => {
		const { page, close } = await openPage(browser, '/map/', {
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false
		});
		const box = (await page.locator(`${MAP} svg`).boundingBox())!;
		// The screen's width, and taller than the map's frame (its sides cut, the city larger).
		expect(box.width).toBe(390);
		expect(box.height).toBeGreaterThan(box.width);
		const visible = Math.max(0, Math.min(box.y + box.height, 844) - box.y);
		expect((box.width * visible) / (390 * 844)).toBeGreaterThanOrEqual(0.5);
		const closed = page.locator(`${MAP} details.list, ${MAP} details.map-datum`);
		expect(await closed.count()).toBe(5);
		expect(await page.locator(`${MAP} details.list[open], ${MAP} details.map-datum[open]`).count()).toBe(0);
		// The map's note (the page's words on the map, the keys, sources and datum) too: its line says the
		// map is schematic and not approved.
		expect(await page.locator(`${MAP} details.map-note:not([open]) > summary`).textContent()).toContain('未经审图');
		const network = page.locator(`${MAP} [data-list="network"]`);
		expect(await network.locator('table').isVisible()).toBe(false);
		await network.locator('summary').click();
		expect(await network.locator('table').isVisible()).toBe(true);
		await close();
	});

	test('the datum note’s link opens the coordinate details', async () => {
		// On a phone the map's note is one click away (closed under the map): the reader opens it first.
		const { page, close } = await openPage(browser, '/en/map/', { viewport: { width: 390, height: 844 } });
		const note = page.locator(`${MAP} details.map-note`);
		expect(await note.getAttribute('open')).toBeNull();
		expect(await note.locator('a[href="#map-xiamen-datum"]').isVisible()).toBe(false);
		await note.locator('summary').click();
		await page.click(`${MAP} .map-note a[href="#map-xiamen-datum"]`);
		await expect.poll(() => page.locator('#map-xiamen-datum').getAttribute('open')).toBe('');
		expect(await page.locator('#map-xiamen-datum table').first().isVisible()).toBe(true);
		await close();
	});

	test('beside the legend (a wide screen) the map’s note is open: the page’s words on the map, the keys, the note', async () => {
		const { page, close } = await openPage(browser, '/en/map/', { viewport: { width: 1440, height: 900 } });
		const note = page.locator(`${MAP} details.map-note`);
		await expect.poll(() => note.getAttribute('open')).toBe('');
		expect(await note.locator('.about').textContent()).toContain('Only features with a sourced coordinate');
		expect(await note.locator('.keys').isVisible()).toBe(true);
		expect(await note.locator('a[href="#map-xiamen-datum"]').isVisible()).toBe(true);
		await close();
	});
});
