/**
 * The islands of /learn/: the map (layers, day picker, tooltips, buttons and keys; no drag or pinch) with
 * its frame's download menu, and the quiz with the board's QR code.
 */
import ClassroomMap from '$lib/learn/ClassroomMap.svelte';
import QuizBoard from '$lib/learn/QuizBoard.svelte';
import { startMenus } from '../charts';
import { hydrateIsland, markHydrated } from './hydrate';

const map = hydrateIsland('learn', ClassroomMap);
// The map draws its own (zoom-aware) tooltips: only the frame's menu is started.
if (map) startMenus(map);
hydrateIsland('learn-quiz', QuizBoard);
markHydrated();
