export * from './prompts';
export * from './phases';
export * from './timer';
export * from './requirements';
export * from './checklist';
export * from './review';
