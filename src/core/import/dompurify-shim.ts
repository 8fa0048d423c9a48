/**
 * Stands in for DOMPurify where Mermaid's parser runs (the CLI, the app's Mermaid worker): Mermaid
 * sanitizes label HTML with it before drawing, which needs a DOM; importing never draws, and reads
 * labels as text, so they pass unchanged.
 */
const passThrough = {
  sanitize: (text: string) => text,
  addHook() {},
  removeHook() {},
  removeHooks() {},
  removeAllHooks() {},
  setConfig() {},
  clearConfig() {},
  isSupported: false,
};
export default passThrough;
