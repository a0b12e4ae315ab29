/**
 * The map's interactive state, shared by XiamenMap and its layers: which layers are on, the zoom
 * transform, the feature whose tooltip is open (and whether it is pinned) and the legend entry
 * being highlighted. Pure logic on runes; no DOM.
 */
import type { MapLayerId, Point, ZoomState } from './types';

/** A feature of a layer: district adcode, station code, water-site id, sea-area id or 'whole', 'litter'. */
export interface FeatureRef {
	layer: MapLayerId;
	id: string;
}

/**
 * The feature with the open tooltip and where to put it (map units; `fixed`: viewport units, not zoomed);
 * `pointer`: it is under the pointer (hovered), so already in view.
 */
export interface ActiveFeature {
	ref: FeatureRef;
	anchor: Point;
	fixed: boolean;
	pointer?: boolean;
}

export const sameRef = (a: FeatureRef | null | undefined, b: FeatureRef | null | undefined): boolean =>
	!!a && !!b && a.layer === b.layer && a.id === b.id;

export class MapState {
	visible = $state<MapLayerId[]>([]);
	transform = $state<ZoomState>({ k: 1, x: 0, y: 0 });
	active = $state<ActiveFeature | null>(null);
	pinned = $state(false);
	highlight = $state<{ layer: MapLayerId; key: string } | null>(null);

	constructor(layers: MapLayerId[], transform: ZoomState) {
		this.visible = [...layers];
		this.transform = transform;
	}

	isVisible(layer: MapLayerId): boolean {
		return this.visible.includes(layer);
	}

	/** Turns a layer on or off; turning it off closes its tooltip and clears its highlight. */
	setVisible(layer: MapLayerId, on: boolean) {
		if (on && !this.visible.includes(layer)) this.visible = [...this.visible, layer];
		if (!on) {
			this.visible = this.visible.filter((l) => l !== layer);
			if (this.active?.ref.layer === layer) this.close();
			if (this.highlight?.layer === layer) this.highlight = null;
		}
	}

	isActive(ref: FeatureRef): boolean {
		return sameRef(this.active?.ref, ref);
	}

	/** Pointer over a feature: show its tooltip unless another one is pinned. */
	hover(ref: FeatureRef, anchor: Point, fixed = false) {
		if (!this.pinned) this.active = { ref, anchor, fixed, pointer: true };
	}

	/** Pointer left a feature: hide its tooltip unless it is pinned. */
	leave(ref: FeatureRef) {
		if (!this.pinned && sameRef(this.active?.ref, ref)) this.active = null;
	}

	/** Keyboard focus on a feature: its tooltip replaces any other (a pin does not survive moving on). */
	focus(ref: FeatureRef, anchor: Point, fixed = false) {
		if (this.pinned && sameRef(this.active?.ref, ref)) return;
		this.pinned = false;
		this.active = { ref, anchor, fixed };
	}

	blur(ref: FeatureRef) {
		if (!this.pinned && sameRef(this.active?.ref, ref)) this.active = null;
	}

	/** Click or Enter: pin the feature's tooltip, or unpin it when it is already pinned. */
	togglePin(ref: FeatureRef, anchor: Point, fixed = false) {
		if (this.pinned && sameRef(this.active?.ref, ref)) {
			this.pinned = false;
			return;
		}
		this.active = { ref, anchor, fixed };
		this.pinned = true;
	}

	/** Escape, the close button or a click on the empty map. */
	close() {
		this.active = null;
		this.pinned = false;
	}

	/** Highlights one legend entry of a layer (others are dimmed); the same entry again clears it. */
	toggleHighlight(layer: MapLayerId, key: string) {
		this.highlight = this.highlight?.layer === layer && this.highlight.key === key ? null : { layer, key };
	}

	isDimmed(layer: MapLayerId, key: string): boolean {
		return !!this.highlight && this.highlight.layer === layer && this.highlight.key !== key;
	}

	/**
	 * Event handlers that make an element a map feature (hover, focus, click and Enter/Space pin).
	 * `native`: the element is a <button>, which turns Enter and Space into a click by itself.
	 */
	events(ref: FeatureRef, anchor: Point, fixed = false, native = false) {
		const handlers = {
			onpointerenter: () => this.hover(ref, anchor, fixed),
			onpointerleave: () => this.leave(ref),
			onfocus: () => this.focus(ref, anchor, fixed),
			onblur: () => this.blur(ref),
			onclick: (event: Event) => {
				event.stopPropagation();
				this.togglePin(ref, anchor, fixed);
			},
			onkeydown: (event: KeyboardEvent) => {
				if (native) return;
				if (event.key === 'Enter' || event.key === ' ') {
					event.preventDefault();
					this.togglePin(ref, anchor, fixed);
				}
			}
		};
		return handlers;
	}
}
