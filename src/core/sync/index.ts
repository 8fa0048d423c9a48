export { COMMENTS, EDGES, META, NODES } from './layout';
export { applyDesignToDoc, designToYDoc } from './write';
export { yDocToDesign, patchDesign, type DocChanges } from './read';
export { observeDesign } from './observe';
export { validateDesignDoc, type DocIssue } from './validate';
export { createDesignUndo } from './undo';
