/**
 * Stands in for DOMPurify in the CLI bundle. Mermaid sanitizes label HTML with it before drawing,
 * which needs a DOM; `mlsd import` never draws, and reads labels as text, so they pass unchanged.
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
