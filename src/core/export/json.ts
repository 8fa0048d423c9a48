import { serialize } from '../document';
import type { Design } from '../document/types';

/** The design file itself (format 1): what the app saves and `mlsd export --format json` prints. */
export function toJsonFile(design: Design): string {
  return serialize(design);
}
