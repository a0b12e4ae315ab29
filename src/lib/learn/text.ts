/**
 * The classroom page's fixed words (headings, paragraphs, table headers), resolved on the server in
 * the page's language and passed to the page as data: the page's JavaScript then carries none of
 * this prose in either language (the JS budget, README "Performance"). Words the interactive parts
 * need in the browser (the quiz, the QR code) stay as message calls in their components.
 */
import { m } from '../paraglide/messages';
import type { Locale } from '../text/format';

export function learnText(locale: Locale) {
	const o = { locale };
	return {
		title: m.learn_page_title({}, o),
		intro: m.learn_page_intro({}, o),
		toc: m.learn_toc_label({}, o),
		mapHeading: m.learn_map_heading({}, o),
		mapIntro: m.learn_map_intro({}, o),
		mapFull: m.learn_map_full({}, o),
		quizHeading: m.learn_quiz_heading({}, o),
		quizIntro: m.learn_quiz_intro({}, o),
		explainHeading: m.learn_explain_heading({}, o),
		glossaryHeading: m.learn_glossary_heading({}, o),
		glossaryIntro: m.learn_glossary_intro({}, o),
		glossarySource: m.learn_glossary_source({}, o),
		worksheetLink: m.learn_worksheet_link({}, o),
		worksheetIntro: m.learn_worksheet_link_intro({}, o),
		offlineHeading: m.learn_offline_heading({}, o),
		offlineText: m.learn_offline_text({}, o),
		qrHeading: m.learn_qr_heading({}, o),
		qrIntro: m.learn_qr_intro({}, o),
		qrLocal: m.learn_qr_local({}, o),
		qrNoJs: m.learn_qr_nojs({}, o),
		aqiHeading: m.learn_aqi_heading({}, o),
		aqiP1: m.learn_aqi_p1({}, o),
		aqiP2: m.learn_aqi_p2({}, o),
		aqiCaption: m.learn_aqi_caption({}, o),
		aqiColLevel: m.learn_aqi_col_level({}, o),
		aqiColRange: m.learn_aqi_col_range({}, o),
		aqiColCategory: m.learn_aqi_col_category({}, o),
		aqiColColour: m.learn_aqi_col_colour({}, o),
		waterHeading: m.learn_water_heading({}, o),
		waterP1: m.learn_water_p1({}, o),
		waterCaption: m.learn_water_caption({}, o),
		waterColClass: m.learn_water_col_class({}, o),
		waterColUse: m.learn_water_col_use({}, o),
		waterColGood: m.learn_water_col_good({}, o),
		yes: m.learn_yes({}, o),
		no: m.learn_no({}, o),
		compositeHeading: m.learn_composite_heading({}, o),
		compositeP1: m.learn_composite_p1({}, o),
		compositeColPollutant: m.learn_composite_col_pollutant({}, o),
		compositeColStatistic: m.learn_composite_col_statistic({}, o),
		compositeColLimit: m.learn_composite_col_limit({}, o),
		compositeColRatio: m.learn_composite_col_ratio({}, o),
		compositeSum: m.learn_composite_sum({}, o),
		computedLabel: m.learn_computed_label({}, o),
		publishedLabel: m.learn_published_label({}, o),
		litterHeading: m.learn_litter_heading({}, o)
	};
}

export type LearnText = ReturnType<typeof learnText>;

/** The quiz's fixed words (no values in them), resolved on the server for the same reason. */
export function quizText(locale: Locale) {
	const o = { locale };
	return {
		staticIntro: m.learn_quiz_static_intro({}, o),
		answer: m.learn_quiz_answer({}, o),
		choicesLabel: m.learn_quiz_choices_label({}, o),
		mapLabel: m.learn_quiz_map_label({}, o),
		next: m.learn_quiz_next({}, o),
		newRound: m.learn_quiz_new_round({}, o),
		shown: m.learn_quiz_shown({}, o),
		shownCorrect: m.learn_quiz_shown_correct({}, o),
		markAnswer: m.learn_quiz_mark_answer({}, o),
		markChosen: m.learn_quiz_mark_chosen({}, o),
		area: m.learn_quiz_choice_area({}, o),
		ring: m.learn_quiz_choice_ring({}, o)
	};
}

export type QuizText = ReturnType<typeof quizText>;
