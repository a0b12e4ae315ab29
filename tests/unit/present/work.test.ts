/**
 * The work slides (src/lib/present/workSlides.ts) on the real data, in both languages: every part of
 * the year's work builds as a slide with its finding, its figures and its sources; the speaker notes
 * give each figure's quote; the PowerPoint slide has the finding, the part's name, each figure as text
 * (its value, with "逾" / "more than" as the qualifier) and the notes, read back from the file.
 */
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { buildDeck } from '../../../src/lib/present/slides';
import { localizeDeck } from '../../../src/lib/server/localizeDeck';
import { deckPptx, workFigure } from '../../../src/lib/present/pptx';
import { DECK } from '../../../src/lib/present/config';
import { WORK_SLIDES } from '../../../src/lib/present/workSlides';
import { WORK_PART_LIST } from '../../../src/lib/work/parts';
import { buildPptx } from '../../../src/lib/export/pptx';
import { readPptx } from '../export/pptx/read';

const { dataset } = buildDataset(directoryReader('data'));
const config = { ...DECK, slides: [...WORK_SLIDES] };
const deck = buildDeck(dataset, config);
const work = deck.slides.filter((s) => s.kind === 'work');
const figureIds = work.flatMap((s) => s.part.figures.map((f) => f.id));

describe('the catalogue of work slides', () => {
	test('one slide per part, in order, ids unique; the default deck uses two of them', () => {
		expect(WORK_SLIDES.map((s) => s.id)).toEqual(WORK_PART_LIST.map((p) => p.id));
		expect(new Set(WORK_SLIDES.map((s) => s.id)).size).toBe(WORK_SLIDES.length);
		expect(work).toHaveLength(WORK_SLIDES.length);
		expect(figureIds).toHaveLength(67);
		const ids = WORK_SLIDES.map((s) => s.id);
		for (const s of DECK.slides.filter((x) => x.kind === 'work')) expect(ids).toContain(s.id);
	});

	test('each slide: its finding as the title, at most four figures, the founding document cited', () => {
		for (const slide of work) {
			expect(slide.title.zh, slide.id).toBe(slide.part.title.zh);
			expect(slide.title.en, slide.id).toBe(slide.part.title.en);
			expect(slide.part.figures.length, slide.id).toBeLessThanOrEqual(4);
			expect(slide.sourceIds, slide.id).toContain('eeb-2024-summary');
			expect(slide.sourceNames.length, slide.id).toBeGreaterThan(0);
		}
	});

	test.each(['zh', 'en'] as const)('the speaker notes give every figure its value and quote (%s)', (locale) => {
		for (const slide of work) {
			const notes = slide.notes[locale].join('\n');
			for (const f of slide.part.figures) {
				expect(notes, f.id).toContain(f.quote);
				expect(notes, f.id).toContain(f.text[locale]);
				for (const q of f.qualifiers) expect(notes, `${f.id} ${q.id}`).toContain(q.quote);
			}
		}
		const air = work.find((s) => s.id === 'work-air-2')!;
		expect(air.notes.zh[0]).toBe(
			'厦门港区岸电使用量：逾1,000万千瓦时。原文：“厦门港区2024年岸电使用量首次突破1000万度、同比增长133%”'
		);
	});
});

describe('a work figure on a PowerPoint slide', () => {
	const figure = (id: string) => work.flatMap((s) => s.part.figures).find((f) => f.id === id)!;
	test.each([
		{ id: 'boilers', locale: 'zh', expected: { value: '75台', label: '锅炉整治完成' } },
		{ id: 'boilers', locale: 'en', expected: { value: '75', label: 'Boilers cleaned up' } },
		{ id: 'complaints-total', locale: 'zh', expected: { value: '4,000件', label: '投诉总量', qualifier: '逾' } },
		{
			id: 'complaints-total',
			locale: 'en',
			expected: { value: '4,000', label: 'Complaints received in the year', qualifier: 'more than' }
		},
		{ id: 'complaints-change', locale: 'en', expected: { value: '−13.1%', label: 'Total complaints, change' } },
		{
			id: 'shore-power',
			locale: 'zh',
			expected: { value: '1,000万千瓦时', label: '厦门港区岸电使用量 · 首次', qualifier: '逾' }
		}
	] as const)('$id ($locale) → $expected.value', ({ id, locale, expected }) => {
		expect(workFigure(figure(id), locale)).toEqual(expected);
	});
});

describe.each(['zh', 'en'] as const)('work slides as PowerPoint (%s)', (locale) => {
	test('read back: the finding, the part, every figure as text, the notes and the footnote', async () => {
		const local = localizeDeck(deck, locale);
		const { spec, pending } = deckPptx(local, locale, 'Work');
		expect(pending).toEqual([]);
		const read = await readPptx(await buildPptx(spec, { rasterise: async () => new Uint8Array() }));
		local.slides.forEach((slide, i) => {
			if (slide.kind !== 'work') return;
			const page = read.slides[i]!;
			expect(page.title?.paragraphs.join('').replace(/\s+/g, ''), slide.id).toBe(
				slide.title[locale].replace(/\s+/g, '')
			);
			const text = page.shapes.flatMap((s) => s.paragraphs).join('\n');
			expect(text, slide.id).toContain(slide.part.name[locale]);
			for (const f of slide.part.figures) {
				const p = f.parts[locale];
				expect(text, f.id).toContain(`${p.before}${p.number}${p.after}`);
				expect(text, f.id).toContain(f.label[locale]);
			}
			expect(page.notes.join('\n'), slide.id).toBe(slide.notes[locale].join('\n'));
			expect(page.shapes.find((s) => s.name === 'Sources')?.paragraphs.join(''), slide.id).toContain(
				slide.sourceNames[0]![locale]
			);
		});
	});
});
