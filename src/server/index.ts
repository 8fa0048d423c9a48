export { startRoomServer, createRoomHandlers, MAX_MESSAGE_BYTES, type RoomServer, type RoomServerOptions, type AttachedRooms } from './server';
export { CLOSE, DEFAULT_GATE_LIMITS, type GateLimits } from './gate';
export { jsonLogger, silentLogger, type Logger } from './logger';
