export * from './types';
export * from './sizes';
export { LANES, laneOf } from './lanes';
export { layoutDesign, layoutIfMissing } from './layout';
export { simpleRoute } from './route';
export { layoutForExport, type ExportLayoutOptions } from './export-layout';
export { facingRoute, facingSides, type Facing, type Side } from './facing';
export { positionedLayout } from './positioned';
