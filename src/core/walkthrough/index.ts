export * from './walkthrough';
