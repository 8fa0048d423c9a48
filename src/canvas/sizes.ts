/**
 * How a design is framed when it opens: whole if it fits at a zoom where card text stays readable
 * (at least 50 %), never blown up past the cards' own size; a larger design opens at 50 % on its
 * middle, with the minimap for the rest.
 */
export const FIT_ON_OPEN = { padding: 0.1, minZoom: 0.5, maxZoom: 1 } as const;
/** A connection handle's size (styles.css sets the same): edges find the cards' borders from it. */
export const HANDLE_SIZE = 10;
