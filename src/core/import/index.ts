export * from './mermaid';
export * from './sniff';
