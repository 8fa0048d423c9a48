export { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
/** Snap-to-grid step; also the background dot spacing. */
export const GRID = 20;
/** A connection handle's size (styles.css sets the same): edges find the cards' borders from it. */
export const HANDLE_SIZE = 10;
