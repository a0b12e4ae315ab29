/** The part of jsdom's API the snapshot normaliser uses (jsdom ships no types; @types/jsdom is not installed). */
declare module 'jsdom' {
	export class JSDOM {
		constructor(html: string);
		readonly window: { document: Document };
	}
}
