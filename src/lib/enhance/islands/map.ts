/**
 * The island of /map/: the map (zoom, layers, day picker, tooltips, keys, lists) hydrated on its
 * prerendered markup, and its frame's download menu.
 */
import MapChart from '$lib/map/MapChart.svelte';
import { startMenus } from '../charts';
import { hydrateIsland, markHydrated } from './hydrate';

const island = hydrateIsland('map', MapChart);
// The map draws its own (zoom-aware) tooltips: only the frame's menu is started.
if (island) startMenus(island);
markHydrated();
