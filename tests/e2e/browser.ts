import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const baseURL = () => inject('baseURL');

/** What went wrong on a page: console errors, uncaught exceptions, failed or off-site requests. */
export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	offsiteRequests: string[];
}

/**
 * Opens a page in a fresh context and records every problem, so a test can assert there were none.
 */
export async function openPage(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = {}
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offsiteRequests: [] };
	const origin = new URL(baseURL()).origin;
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => problems.pageErrors.push(error.message));
	page.on('requestfailed', (request) => problems.failedRequests.push(request.url()));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
			problems.offsiteRequests.push(request.url());
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
	return { page, problems, close: () => context.close() };
}

/** No console errors, no exceptions, no failed requests, nothing fetched from another origin. */
export function expectClean(problems: PageProblems) {
	return {
		consoleErrors: problems.consoleErrors,
		pageErrors: problems.pageErrors,
		failedRequests: problems.failedRequests,
		offsiteRequests: problems.offsiteRequests
	};
}
