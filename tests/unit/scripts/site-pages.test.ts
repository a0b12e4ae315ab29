import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageTemplates, templatePages } from '../../../scripts/site-pages.mjs';

/** A built site in a temporary folder: path → HTML. */
function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'site-pages-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path), { recursive: true });
		writeFileSync(join(dir, path, 'index.html'), html);
	}
	return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('pageTemplates: what renders each built page', () => {
	const dir = site({
		'': '<main>home</main>',
		air: '<main>air, the default year</main>',
		'air/2022': '<main>air 2022</main>',
		'air/2023': '<main>air 2023, the largest page of its template</main>',
		'en/air': '<main>air</main>',
		'en/air/2023': '<main>air 2023</main>',
		water: '<main>water</main>',
		'embed/air-no2': '<figure data-chart-kind="line">',
		'embed/water-classes': '<figure data-chart-kind="class-grid">',
		embed: '<main>the builder</main>',
		'present/slides/air': '<section class="slide kind-domain">',
		'present/slides/air-no2': '<section class="slide kind-chart">'
	});
	dirs.push(dir);
	const templates = Object.fromEntries(pageTemplates(dir).map((p) => [p.path, p.template]));

	test.each([
		['/', 'page:/'],
		['/air/', 'page:/air/[year]/'],
		['/air/2022/', 'page:/air/[year]/'],
		['/en/air/', 'page:/air/[year]/'],
		['/en/air/2023/', 'page:/air/[year]/'],
		['/water/', 'page:/water/'],
		['/embed/', 'page:/embed/'],
		['/embed/air-no2/', 'embed:line'],
		['/embed/water-classes/', 'embed:class-grid'],
		['/present/slides/air/', 'page:/present/slides/[id]/ (domain)'],
		['/present/slides/air-no2/', 'page:/present/slides/[id]/ (chart)']
	])('%s → %s', (path, template) => {
		expect(templates[path]).toBe(template);
	});

	test('one page per template in each language: the largest, the same page in both where it exists', () => {
		const chosen = templatePages(dir).filter((p) => p.template === 'page:/air/[year]/');
		expect(chosen.map((p) => p.path)).toEqual(['/air/2023/', '/en/air/2023/']);
	});
});
