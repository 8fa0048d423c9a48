export * from './compare';
export * from './apply';
