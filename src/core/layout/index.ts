export * from './types';
export * from './sizes';
export { laneOf } from './lanes';
export { layoutDesign, layoutIfMissing } from './layout';
export { simpleRoute } from './route';
export { layoutForExport } from './export-layout';
export { facingSides, type Side } from './facing';
export { positionedLayout } from './positioned';
