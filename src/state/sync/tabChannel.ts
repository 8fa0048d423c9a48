import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import type * as Y from 'yjs';

/**
 * Keeps one Y.Doc equal across the tabs of this browser over a BroadcastChannel, with y-protocols'
 * sync messages (the ones room servers speak), so two tabs of a design merge like two people in a
 * room. Nothing leaves the browser. A new tab says hello with its state vector (step 1); every open
 * tab answers with what the newcomer lacks (step 2) and asks with a plain step 1 for what it lacks
 * itself (edits the newcomer read from storage), which is answered without asking back, so the
 * exchange ends. Then updates flow both ways.
 */
const HELLO = 0;
const SYNC = 1;

export class TabChannel {
  private readonly channel: BroadcastChannel;
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    sync.writeUpdate(encoder, update);
    this.post(encoder);
  };

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
  ) {
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: MessageEvent) => this.receive(event.data);
    doc.on('update', this.onUpdate);
    this.sendStep1(HELLO);
  }

  private post(encoder: encoding.Encoder) {
    this.channel.postMessage(encoding.toUint8Array(encoder));
  }

  private sendStep1(kind: typeof HELLO | typeof SYNC) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kind);
    sync.writeSyncStep1(encoder, this.doc);
    this.post(encoder);
  }

  private receive(data: unknown) {
    if (!(data instanceof Uint8Array)) return;
    try {
      const decoder = decoding.createDecoder(data);
      const kind = decoding.readVarUint(decoder);
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, SYNC);
      const type = sync.readSyncMessage(decoder, reply, this.doc, this);
      if (type === sync.messageYjsSyncStep1) this.post(reply);
      if (kind === HELLO) this.sendStep1(SYNC);
    } catch {
      // A message from another version of the studio: ignore it rather than break this tab.
    }
  }

  destroy() {
    this.doc.off('update', this.onUpdate);
    this.channel.close();
  }
}
