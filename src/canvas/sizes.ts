export { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
/** Snap-to-grid step; also the background dot spacing. */
export const GRID = 20;
