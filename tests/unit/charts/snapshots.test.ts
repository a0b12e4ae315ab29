import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { resolve } from 'node:path';
import { dataset } from '../../../src/lib/server/dataset';
import { buildChart, chartIds } from '../../../src/lib/charts/registry';
import { localizeChart } from '../../../src/lib/server/localizeChart';
import { overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import SnapshotHost from './SnapshotHost.svelte';
import { frameText, normalise, parseHtml } from './normalise';

/**
 * Every registered chart, in both languages, rendered on the server as a prerendered page renders it
 * (the site's data, drawn at the domain pages' width), normalised and compared with the committed
 * files in src/lib/charts/__snapshots__/: `<id>.<locale>.svg` (the drawing) and `<id>.<locale>.txt`
 * (the words of its frame: title, summary, legend, notes, table, sources). A change to a drawing or
 * its words is a readable diff there. After an intended change: `npx vitest run --project unit
 * tests/unit/charts/snapshots.test.ts -u`, then read the diff before committing it.
 */
const DIR = resolve(__dirname, '../../../src/lib/charts/__snapshots__');

describe.each(['zh', 'en'] as const)('chart snapshots (%s)', (locale) => {
	test.each(chartIds())('%s', async (id) => {
		overwriteGetLocale(() => locale);
		const model = localizeChart(buildChart(id, dataset), locale);
		const { body } = render(SnapshotHost, { props: { model, locale } });
		const document = parseHtml(body);
		const figure = document.querySelector(`figure[data-chart-id="${id}"]`);
		expect(figure, `the frame of ${id}`).not.toBeNull();
		// The drawing: every SVG in the chart's body that is not a legend or text icon.
		const drawings = [...figure!.querySelectorAll('svg')].filter((svg) => !svg.closest('ul, .legend, li'));
		expect(drawings.length, `${id} draws an SVG`).toBeGreaterThan(0);
		await expect(drawings.map(normalise).join('\n')).toMatchFileSnapshot(`${DIR}/${id}.${locale}.svg`);
		await expect(frameText(figure!)).toMatchFileSnapshot(`${DIR}/${id}.${locale}.txt`);
	});
});
