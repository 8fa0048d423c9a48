/**
 * Everything the designs module needs from Yjs-backed storage, in one module it loads with a dynamic
 * import: the shell paints while Yjs and y-indexeddb load alongside IndexedDB, and the initial
 * bundle stays within its budget.
 */
export { fromBase64, toBase64 } from 'lib0/buffer';
export { Doc, applyUpdate, encodeStateAsUpdate } from 'yjs';
export { applyDesignToDoc, designToYDoc, yDocToDesign } from '../../core/sync';
export { bindEditorToDoc } from './binding';
export { eraseDesignDoc, openDesignDoc } from './designDocs';
export { listDesigns, openLibrary, putEntry } from './library';
