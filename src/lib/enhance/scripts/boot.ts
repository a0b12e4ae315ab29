/** The entry of /enhance/boot.js (an IIFE, run before the first paint in an embed): see ../embedBoot.ts. */
import { boot } from '../embedBoot';

boot({ location, document });
