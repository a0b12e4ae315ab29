/*!
 * Xiamen Environment Dashboard embed loader, protocol version 1. No dependencies, ES5.
 * Resizes every <iframe data-xiamen-embed> to the height its embed reports. A message is used only if
 * it comes from that iframe's own window (event.source) AND from the origin of the iframe's src
 * (event.origin), and has exactly the expected shape:
 *   { type: 'xiamen-dashboard:height', id: '<chart id>', height: <integer 1..20000>, version: 1 }
 * Anything else is ignored. Iframes added later work too (they are looked up per message).
 * When the page resizes, when an embed loads and when this script starts, it asks each embed for its
 * height with { type: 'xiamen-dashboard:measure', version: 1 }, sent only to the origin of the
 * iframe's src (browsers pause off-screen cross-origin frames, which then miss their own resizes).
 * See docs/embedding.md in the dashboard's repository.
 */
(function () {
	'use strict';
	if (window.__xiamenEmbedLoader) return;
	window.__xiamenEmbedLoader = 1;

	var TYPE = 'xiamen-dashboard:height';
	var MEASURE = 'xiamen-dashboard:measure';
	var MAX = 20000;

	function originOf(src) {
		var a = document.createElement('a');
		a.href = src;
		// `origin` is 'null' or empty for an address without one; such a frame never matches.
		return a.origin || a.protocol + '//' + a.host;
	}

	function validHeight(data) {
		if (!data || typeof data !== 'object') return 0;
		if (data.type !== TYPE || data.version !== 1) return 0;
		var h = data.height;
		if (typeof h !== 'number' || h !== h || h % 1 !== 0 || h < 1 || h > MAX) return 0;
		return h;
	}

	// With box-sizing: border-box (common on host pages), the height includes the frame's borders and padding.
	function extra(frame) {
		var style = window.getComputedStyle ? window.getComputedStyle(frame) : null;
		if (!style || style.boxSizing !== 'border-box') return 0;
		var sum = 0;
		var sides = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'];
		for (var i = 0; i < sides.length; i++) sum += parseFloat(style[sides[i]]) || 0;
		return sum;
	}

	function frames() {
		return document.querySelectorAll('iframe[data-xiamen-embed]');
	}

	function ask(frame) {
		var origin = originOf(frame.src);
		if (frame.contentWindow && /^https?:\/\/[^/]+$/.test(origin)) {
			frame.contentWindow.postMessage({ type: MEASURE, version: 1 }, origin);
		}
	}

	function askAll() {
		var list = frames();
		for (var i = 0; i < list.length; i++) ask(list[i]);
	}

	var timer = 0;
	window.addEventListener('resize', function () {
		clearTimeout(timer);
		timer = setTimeout(askAll, 100);
	});
	// `load` does not bubble, but it can be caught on the way down.
	document.addEventListener(
		'load',
		function (event) {
			var target = event.target;
			if (target && target.tagName === 'IFRAME' && target.hasAttribute('data-xiamen-embed')) ask(target);
		},
		true
	);
	askAll();

	window.addEventListener('message', function (event) {
		var height = validHeight(event.data);
		if (!height || !event.source) return;
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var frame = list[i];
			if (frame.contentWindow !== event.source) continue;
			if (originOf(frame.src) !== event.origin) return;
			frame.style.height = height + extra(frame) + 'px';
			return;
		}
	});
})();
