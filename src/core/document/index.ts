export * from './types';
export * from './props';
export * from './flow';
export * from './restore';
export * from './serialize';
export * from './ids';
export * from './edit';
export * from './figures';
export { titleOf } from './title';
