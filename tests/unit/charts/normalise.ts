import { JSDOM } from 'jsdom';

/**
 * Markup normalised for a snapshot, in the manner of Observable Plot's test/output/*.svg: one element
 * a line, indented; attributes sorted; numbers rounded to 2 decimals; Svelte's scoping classes and
 * hydration comments dropped (they change with any style edit, not with the drawing). A changed
 * drawing then shows up as a short, readable diff.
 */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'source', 'wbr']);

const roundNumbers = (text: string) =>
	text.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
		const v = Math.round(Number(n) * 100) / 100;
		return String(Object.is(v, -0) ? 0 : v);
	});

function cleanClass(value: string): string {
	return value
		.split(/\s+/)
		.filter((c) => c && !/^(svelte|s)-[a-z0-9]+$/.test(c))
		.join(' ');
}

function attributes(el: Element): string {
	const attrs = [...el.attributes]
		.map((a) => {
			let value = a.value;
			if (a.name === 'class') value = cleanClass(value);
			else if (a.name === 'style') value = value.replace(/\s*;\s*$/, '');
			if (a.name === 'class' && value === '') return null;
			return [a.name, roundNumbers(value)] as const;
		})
		.filter((a): a is readonly [string, string] => a !== null)
		.sort(([a], [b]) => a.localeCompare(b));
	return attrs
		.map(
			([name, value]) =>
				` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('\n', '&#10;')}"`
		)
		.join('');
}

function serialise(node: Node, depth: number, out: string[]) {
	const pad = '  '.repeat(depth);
	if (node.nodeType === 3) {
		const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (text) out.push(pad + roundNumbers(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
		return;
	}
	if (node.nodeType !== 1) return;
	const el = node as Element;
	const tag = el.tagName.toLowerCase() === el.tagName ? el.tagName : el.tagName.toLowerCase();
	const kids = [...el.childNodes].filter(
		(c) => c.nodeType === 1 || (c.nodeType === 3 && (c.textContent ?? '').trim() !== '')
	);
	if (VOID.has(tag)) {
		out.push(`${pad}<${tag}${attributes(el)}>`);
	} else if (kids.length === 0) {
		out.push(`${pad}<${tag}${attributes(el)}></${tag}>`);
	} else if (kids.length === 1 && kids[0]!.nodeType === 3) {
		const text = roundNumbers((kids[0]!.textContent ?? '').replace(/\s+/g, ' ').trim())
			.replaceAll('&', '&amp;')
			.replaceAll('<', '&lt;');
		out.push(`${pad}<${tag}${attributes(el)}>${text}</${tag}>`);
	} else {
		out.push(`${pad}<${tag}${attributes(el)}>`);
		for (const kid of kids) serialise(kid, depth + 1, out);
		out.push(`${pad}</${tag}>`);
	}
}

/** Parses HTML (a server render's body) into a document. */
export function parseHtml(html: string): Document {
	return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** One element, normalised (see above). */
export function normalise(element: Element): string {
	const out: string[] = [];
	serialise(element, 0, out);
	return out.join('\n') + '\n';
}

/**
 * What a reader reads in a chart's frame, in order, one block a line: headings, paragraphs, list
 * items, table rows (cells separated by " | "), legend entries; the drawing itself is left to the SVG.
 */
export function frameText(figure: Element): string {
	const lines: string[] = [];
	const walk = (el: Element) => {
		const tag = el.tagName.toLowerCase();
		if (tag === 'svg' || tag === 'style' || tag === 'script' || tag === 'template') return;
		if (tag === 'tr') {
			lines.push([...el.children].map((c) => text(c)).join(' | '));
			return;
		}
		if (/^(h\d|p|li|caption|summary|figcaption|dt|dd|button|a|label)$/.test(tag)) {
			const t = text(el);
			if (t) lines.push(`${tag}: ${t}`);
			return;
		}
		for (const kid of el.children) walk(kid);
	};
	const text = (el: Element) => roundNumbers((el.textContent ?? '').replace(/\s+/g, ' ').trim());
	walk(figure);
	return lines.join('\n') + '\n';
}
