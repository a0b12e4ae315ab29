import { describe, expect, test } from 'vitest';
import { withoutHydrationMarkers } from '../../../src/lib/server/html';

describe('withoutHydrationMarkers', () => {
	test.each([
		['<p><!--[--><b>a</b><!--]--></p>', '<p><b>a</b></p>'],
		['<!--[-1--><td>1</td><!--]--><!--[0--><td>2</td><!--[1-->', '<td>1</td><td>2</td>'],
		['<h3>t<!----></h3>', '<h3>t</h3>'],
		['<head><!--12qhfyh--><title>x</title>', '<head><title>x</title>'],
		['<!-- a note for readers of the source -->', '<!-- a note for readers of the source -->'],
		['<!--[if IE]>x<![endif]-->', '<!--[if IE]>x<![endif]-->']
	])('%s → %s', (input, expected) => {
		expect(withoutHydrationMarkers(input)).toBe(expected);
	});

	test('a hydrated page keeps its markers', () => {
		const html = '<div><!--[--><p>a</p><!--]--></div><script>__sveltekit_abc = {}</script>';
		expect(withoutHydrationMarkers(html)).toBe(html);
	});

	test('a page with an island keeps its markers (its script hydrates that part: src/lib/enhance/Island.svelte)', () => {
		const html = '<div class="island" data-island="map"><!--[--><p>a</p><!--]--></div>';
		expect(withoutHydrationMarkers(html)).toBe(html);
	});
});
