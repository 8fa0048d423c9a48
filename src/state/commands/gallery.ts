import { defineCommand } from './types';

/** Opens the template gallery: start blank or from a reference design, at any time. */
export const openGallery = defineCommand({
  name: 'open-gallery',
  label: 'Templates',
  perform: ({ ui }) => ui.open('gallery'),
});
