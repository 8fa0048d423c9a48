import { defineCommand } from './types';

/** The open design's versions: preview, compare, restore. */
export const versionHistoryCommand = defineCommand({
  name: 'version-history',
  label: 'Version history',
  perform: ({ ui }) => ui.open('history'),
});

/** Keeps the design as it is now under a name, until deleted. */
export const saveVersionCommand = defineCommand({
  name: 'save-version',
  label: 'Save version…',
  perform: ({ ui }) => ui.open('save-version'),
});
