// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		/** Shallow-routing state: the year a page with year tabs shows (also in `?year=`). */
		interface PageState {
			year?: number;
		}
		// interface Platform {}
	}
}

export {};
