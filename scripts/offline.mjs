#!/usr/bin/env node
/**
 * The offline classroom copy: turns the built site (build/) into a folder that works when its
 * pages are opened straight from disk (file://), e.g. from a USB stick, with no server and no
 * internet. Usage: node scripts/offline.mjs [BUILD_DIR] [OUT_DIR]   (defaults: build build-offline)
 *
 * Why no JavaScript: browsers refuse ES-module scripts on file:// pages (Chromium blocks them as
 * cross-origin: a file's origin is "null"), and SvelteKit's client is ES modules. So the copy is the
 * prerendered HTML without its scripts: every page, map and chart is already drawn as SVG in that
 * HTML, data tables open with <details>, and the worksheet's options are CSS checkboxes. What needs
 * JavaScript (switching map layers, tooltips, the quiz's scoring, the QR code, the slide deck's
 * controls, chart downloads) does not work in the copy; README "Offline classroom copy" says so.
 *
 * What it does to each HTML file: removes <script> elements and modulepreload links; keeps what
 * <noscript> holds (unwrapped, since the browser itself still runs scripts); rewrites
 * site-absolute links and sources (href="/map/") to relative ones that name the file
 * (href="../map/index.html"), because a folder link opens a directory listing on file://; leaves
 * links to other sites alone. It drops SvelteKit's client files (_app/**.js, __data.json) and adds
 * a short read-me in both languages. Pure functions are exported for the tests.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A site path (`/map/`, `/data/air.csv?x=1#y`) as a link relative to the page at `pagePath`
 * (a path inside the site, e.g. `learn/index.html`): directories get `index.html`.
 */
export function relativeLink(target, pagePath) {
	const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(target);
	let path = match?.[1] ?? target;
	const query = match?.[2] ?? '';
	const hash = match?.[3] ?? '';
	if (path === '' || path.endsWith('/')) path = `${path}index.html`;
	const from = posix.dirname(`/${pagePath}`);
	let rel = posix.relative(from, path);
	if (rel === '') rel = posix.basename(path);
	return `${rel}${query}${hash}`;
}

/** One HTML page made to work from disk without JavaScript (see the module comment). */
export function offlineHtml(html, pagePath) {
	return (
		html
			// Scripts (SvelteKit's bootstrap and its serialised data) and module preloads.
			.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
			.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '')
			// What a page keeps for readers without JavaScript applies here too (the copy runs none, but the
			// browser does not know that): e.g. the stylesheet that shows every year's panel of the year tabs.
			.replace(/<noscript>([\s\S]*?)<\/noscript>/gi, '$1')
			// Site-absolute links and sources become relative file links; other sites' links stay.
			.replace(
				/\b(href|src|action)="(\/(?!\/)[^"]*)"/g,
				(_, attr, target) => `${attr}="${relativeLink(target, pagePath)}"`
			)
	);
}

/** Every file under `dir`, as paths relative to it (posix separators). */
function files(dir) {
	const out = [];
	const walk = (d) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else out.push(relative(dir, full).split('\\').join('/'));
		}
	};
	walk(dir);
	return out;
}

const README = `厦门生态环境数据看板 · 离线副本 / Xiamen Environment Dashboard · offline copy

【中文】
在浏览器中打开本文件夹里的 index.html（首页）或 learn/index.html（课堂模式）即可，不需要网络，也不需要安装任何软件。
可以看、可以打印：所有页面、地图、图表、数据表（点“显示数据表”）、说明、词汇表和练习纸（learn/worksheet/index.html）。
离线副本不运行 JavaScript，因此下列功能只在线上网站（或本地服务器）上可用：切换地图图层、提示框、问答的逐题评分（离线时题目和答案以列表显示）、二维码、演示模式的翻页、图表下载按钮。
二维码如果在本机生成，指向的是本机地址，学生的手机打不开。

[English]
Open index.html (the home page) or learn/index.html (the classroom page) in this folder with a browser: no internet and nothing to install.
Everything can be read and printed: every page, map, chart, data table ("Show data table"), explanation, the glossary and the worksheet (learn/worksheet/index.html).
The offline copy runs no JavaScript, so these work only on the online site (or a local server): switching map layers, tooltips, the quiz's scoring (offline, the questions and answers are shown as a list), the QR code, the slide deck's controls, chart download buttons.
A QR code made on this computer points to a local address that students' phones cannot open.
`;

/** Builds OUT_DIR from BUILD_DIR; returns what it did. */
export function makeOfflineCopy(buildDir, outDir) {
	if (!existsSync(join(buildDir, 'index.html'))) {
		throw new Error(`${buildDir}/index.html is missing: run \`npm run build\` first (npm run build:offline does).`);
	}
	rmSync(outDir, { recursive: true, force: true });
	cpSync(buildDir, outDir, { recursive: true });
	let pages = 0;
	let removed = 0;
	for (const file of files(outDir)) {
		const full = join(outDir, file);
		if (file.endsWith('.html')) {
			writeFileSync(full, offlineHtml(readFileSync(full, 'utf8'), file));
			pages++;
		} else if ((file.startsWith('_app/') && /\.m?js$/.test(file)) || file.endsWith('__data.json')) {
			rmSync(full);
			removed++;
		}
	}
	// Folders left empty by the removals.
	const prune = (d) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) if (entry.isDirectory()) prune(join(d, entry.name));
		if (d !== outDir && readdirSync(d).length === 0) rmSync(d, { recursive: true });
	};
	prune(outDir);
	writeFileSync(join(outDir, 'README-离线使用说明.txt'), README);
	return { pages, removed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [buildDir = 'build', outDir = 'build-offline'] = process.argv.slice(2);
	const { pages, removed } = makeOfflineCopy(resolve(buildDir), resolve(outDir));
	const size = files(resolve(outDir)).reduce((n, f) => n + statSync(join(resolve(outDir), f)).size, 0);
	console.log(
		`offline: ${pages} pages in ${relative(process.cwd(), resolve(outDir)) || outDir}/ (${(size / 1e6).toFixed(1)} MB; ` +
			`${removed} script and data files left out). Open ${posix.join(outDir, 'learn', 'index.html')} in a browser.`
	);
}
