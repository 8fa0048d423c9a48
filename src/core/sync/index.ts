export { EDGES, META, NODES } from './layout';
export { applyDesignToDoc, designToYDoc } from './write';
export { yDocToDesign, patchDesign, orderedIds, type DocChanges } from './read';
export { observeDesign } from './observe';
export { validateDesignDoc, type DocIssue } from './validate';
export { createDesignUndo, type DesignUndo } from './undo';
