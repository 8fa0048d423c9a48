import { create } from 'zustand';
import type { Position } from '../../core/document';

/**
 * What the screen shows of a live session: connection, people, links. Small and network-free, so the
 * toolbar and canvas can read it without loading the room client (which loads only when a session is
 * started or a room link opened).
 */
export type Role = 'edit' | 'view';
export type Connection = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  role: Role;
  cursor?: Position;
  selection: string[];
  viewport?: Viewport;
  /** The step this peer is presenting (speaker notes are never published). */
  presenting?: PresentedStep;
}

/** What a presenter publishes to the room: enough for others to follow, nothing private. */
export interface PresentedStep {
  /** When they started presenting: "Stop following" holds until they start again. */
  since: number;
  index: number;
  count: number;
  title: string;
  nodeIds: string[];
}

/** The invitations this tab can hand out: a watcher holds no edit link, a joiner no watch link. */
export interface RoomLinks {
  edit?: string;
  view?: string;
}

export interface RoomState {
  /** The room open in this tab, if any. */
  room?: string;
  /** The local design that holds the room's copy. */
  designId?: string;
  role?: Role;
  /** The origin rooms are kept on: the studio says which server it talks to. */
  server?: string;
  connection: Connection;
  /** Local edits the server has not confirmed yet. */
  unsent: number;
  links?: RoomLinks;
  peers: Peer[];
  /** The peer whose view this tab follows until the user moves the canvas. */
  following?: number;
  /** An interview room's canvas locked by the interviewer: this tab's edits are refused (state/interviewRoom). */
  locked?: boolean;
  /** The interviewer ended this interview room: the server sent this tab away. */
  ended?: boolean;
  /** A candidate or watcher link opened after its interview ended: the studio shows the ended page, never the design. */
  endedLink?: boolean;
  /** This tab hosts the interview room open in it: it sees the private scorecard (state/interviewRoom). */
  interviewHost?: boolean;
  /** The room is an interview (its session is set): the side panel shows the prompt and requirements card. */
  interview?: boolean;
  /** An interview room with hints off, seen by anyone but the host: no findings reach the screen. */
  hintsHidden?: boolean;
  /** Presence out: set by the room client while a session is open. */
  publish?: {
    cursor(p: Position | undefined): void;
    viewport(v: Viewport): void;
  };
}

export const useRoom = create<RoomState>()(() => ({ connection: 'offline', unsent: 0, peers: [] }));

export const NAME_KEY = 'mlsd-studio:display-name';

export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string) {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // The name is asked again next time; nothing else depends on it.
  }
}
