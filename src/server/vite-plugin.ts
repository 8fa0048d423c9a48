import type { Plugin } from 'vite';
import { jsonLogger } from './logger';
import { createRoomHandlers, type AttachedRooms, type RoomServerOptions } from './server';

/**
 * Embeds the room server in `npm run dev`: `POST /api/rooms` and `ws://127.0.0.1:5173/sync` on Vite's own
 * HTTP server, so one command gives a newcomer the studio and live rooms. Rooms are kept in `.rooms/`
 * unless told otherwise. Vite's HMR socket shares the server; the plugin takes only /sync upgrades.
 */
export function roomServerPlugin(options: Partial<RoomServerOptions> = {}): Plugin {
  let rooms: AttachedRooms | undefined;
  return {
    name: 'mlsd-room-server',
    apply: 'serve',
    async configureServer(server) {
      const http = server.httpServer;
      if (!http) return;
      const logger = options.logger ?? jsonLogger((line) => server.config.logger.info(line.trimEnd(), { timestamp: true }));
      rooms = await createRoomHandlers({ dataDir: '.rooms', ...options, logger });
      const attached = rooms;
      server.middlewares.use((req, res, next) => {
        if (!(req.url ?? '').startsWith('/api/')) return next();
        attached.handleRequest(req, res).then((handled) => (handled ? undefined : next()), next);
      });
      http.on('upgrade', (req, socket, head) => {
        attached.handleUpgrade(req, socket, head);
      });
      http.once('close', () => void attached.close());
    },
  };
}
