/** The entry of /embed/boot.js (an IIFE, run before the first paint): see ./boot.ts. */
import { boot } from './boot';

boot({ location, document });
