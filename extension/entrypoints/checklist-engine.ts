// The checklist engine as a file of its own, for the content script to load only when the
// background cannot be reached (content/engine.ts). Not part of content.js.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { checkPage } from '../utils/checklist';
import { ENGINE_GLOBAL } from './content/engine';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = checkPage;
});
