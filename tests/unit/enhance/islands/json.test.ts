import { describe, expect, test } from 'vitest';
import { islandJson, islandPropsElement } from '../../../../src/lib/enhance/islands/json';

describe('islandJson', () => {
	test.each([
		[{ a: 1 }, '{"a":1}'],
		[{ text: '</script><script>alert(1)</script>' }, '{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}'],
		[{ note: '<!-- x -->' }, '{"note":"\\u003c!-- x -->"}'],
		[{ name: '厦门 “Xiamen”' }, '{"name":"厦门 “Xiamen”"}']
	])('%j → %s', (props, json) => {
		expect(islandJson(props)).toBe(json);
	});

	test('what the page writes parses back to the same props', () => {
		const props = { model: { id: 'map-xiamen', values: [1.5, null, 3], label: 'a < b & c > d' }, locale: 'en' };
		expect(JSON.parse(islandJson(props))).toEqual(props);
	});

	test('the element the page carries them in', () => {
		expect(islandPropsElement('learn-quiz', { a: '</script>' })).toBe(
			'<script type="application/json" data-island-props="learn-quiz">{"a":"\\u003c/script>"}</script>'
		);
	});
});
