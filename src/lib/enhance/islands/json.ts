/**
 * An island's props as the JSON text of a `<script type="application/json">`: `<` is escaped, so no
 * value can close the script element or open a comment.
 */
export const islandJson = (props: unknown): string => JSON.stringify(props).replaceAll('<', '\\u003c');

/** The element that carries an island's props in the page (read by ./hydrate.ts). */
export const islandPropsElement = (name: string, props: unknown): string =>
	`<script type="application/json" data-island-props="${name.replace(/[^a-z0-9-]/g, '')}">${islandJson(props)}</script>`;

/** An island component's props: what svelte's `Component<Props>` asks of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type IslandProps = Record<string, any>;
