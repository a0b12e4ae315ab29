/**
 * The islands of /learn/: the map (layers, day picker, tooltips, buttons and keys; no drag or pinch) with
 * its frame's download menu, and the quiz with the board's QR code. The quiz's map outlines are the map
 * island's (the page writes them once).
 */
import type { ComponentProps } from 'svelte';
import ClassroomMap from '$lib/learn/ClassroomMap.svelte';
import QuizBoard from '$lib/learn/QuizBoard.svelte';
import { startMenus } from '../charts';
import { hydrateIsland, islandProps, markHydrated } from './hydrate';

const mapProps = islandProps<ComponentProps<typeof ClassroomMap>>('learn');
const map = hydrateIsland('learn', ClassroomMap);
// The map draws its own (zoom-aware) tooltips: only the frame's menu is started.
if (map) startMenus(map);
if (mapProps)
	hydrateIsland('learn-quiz', QuizBoard, { base: mapProps.model.map.base, districts: mapProps.model.map.districts });
markHydrated();
