/** A connection handle's size (styles.css sets the same): edges find the cards' borders from it. */
export const HANDLE_SIZE = 10;
