export { startRoomServer, type RoomServer } from './server';
export { silentLogger } from './logger';
