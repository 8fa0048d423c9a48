export * from './graph';
export * from './topological';
export * from './servingPaths';
export * from './criticalPath';
export * from './funnel';
export * from './closure';
export * from './nearest';
