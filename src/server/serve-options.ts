/**
 * `mlsd serve` options: one table for the parser, `mlsd --help` and `node src/server/main.ts --help`.
 * Kept apart from serve.ts so the CLI can list them without loading the server.
 */
export const SERVE_OPTIONS = {
  port: { type: 'string', default: '1234', help: 'Port to listen on (0: any free port)' },
  host: { type: 'string', default: '127.0.0.1', help: 'Address to bind; 0.0.0.0 exposes the server to the network' },
  data: { type: 'string', default: './rooms', help: 'Directory where rooms (and the token secret) are kept' },
  redis: { type: 'string', help: 'redis://host:port to share rooms with other instances' },
  instance: { type: 'string', help: 'Name of this instance’s files in --data (default: main, or HOST-PORT with --redis)' },
  dist: { type: 'string', help: 'The built studio to serve (default: the package’s dist/, built if missing)' },
} as const;
