export * from './mermaid';
