export * from './diff';
export * from './recover';
