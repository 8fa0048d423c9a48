/** What a design without a title is called, everywhere it is shown or written. */
export const UNTITLED = 'Untitled design';

export const titleOf = (design: { title?: string }): string => design.title?.trim() || UNTITLED;
