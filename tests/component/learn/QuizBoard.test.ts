import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { buildChart } from '../../../src/lib/charts/registry';
import { quizTargets } from '../../../src/lib/learn/quiz';
import { quizText } from '../../../src/lib/learn/text';
import QuizBoard from '../../../src/lib/learn/QuizBoard.svelte';
import { realDataset } from '../../unit/map/data';
import { useLocale } from '../fixtures';

const model = buildChart('map-xiamen', realDataset);
if (model.kind !== 'map') throw new Error('map-xiamen is not a map');
const text = {
	qrHeading: 'On the board',
	qrIntro: 'Scan to open',
	qrLocal: 'A local address',
	qrNoJs: 'Needs JavaScript'
};
const props = () => ({
	base: model.map.base,
	districts: model.map.districts,
	targets: quizTargets(model.map),
	locale: 'en' as const,
	quizText: quizText('en'),
	text
});

beforeEach(() => history.replaceState(null, '', '/en/learn/'));
afterEach(cleanup);

describe('the classroom quiz board (an island of /learn/)', () => {
	test('reads its round from the address once mounted, and offers the QR code', async () => {
		useLocale('en');
		history.replaceState(null, '', '/en/learn/?round=2');
		const { container } = render(QuizBoard, props());
		await tick();
		expect(container.querySelector('.question')!.getAttribute('data-question')).toBeTruthy();
		expect(container.querySelector('.board')!.textContent).toContain('Scan to open');
		expect(container.querySelector('button.qr-show')).not.toBeNull();
	});

	test('a new round is kept in the address (?round=), with a history entry; Back returns to the round before', async () => {
		useLocale('en');
		const { container } = render(QuizBoard, props());
		await tick();
		const length = history.length;
		const first = container.querySelector('.question')!.getAttribute('data-question');
		await fireEvent.click(container.querySelector('button.new-round')!);
		await tick();
		expect(location.search).toBe('?round=2');
		expect(history.length).toBe(length + 1);
		const second = container.querySelector('.question')!.getAttribute('data-question');
		history.replaceState(null, '', '/en/learn/');
		dispatchEvent(new PopStateEvent('popstate'));
		await tick();
		expect(container.querySelector('.question')!.getAttribute('data-question')).toBe(first);
		expect(second).toBeTruthy();
	});
});
