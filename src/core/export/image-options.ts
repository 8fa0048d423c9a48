import type { Design } from '../document';
import type { Direction } from '../layout';
import type { Finding } from '../lint';
import type { ThemeName } from './theme';

/** What an image export draws: everything comes in as an argument, nothing is read from the editor. */
export interface ImageOptions {
  theme: ThemeName;
  /** Findings to draw as badges, or none. */
  findings?: readonly Finding[];
  /** Draw the lane bands the canvas shows. */
  lanes?: { direction: Direction };
  /** Space around the drawing, in canvas units (the writer's default when left out). */
  margin?: number;
  showTitle?: boolean;
  /** Paint the theme's page colour (default); `false` leaves the page transparent. */
  background?: boolean;
}

export interface PngOptions extends ImageOptions {
  /** Pixels per canvas unit: 1×, 2× or 4×. */
  scale: number;
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  /** The scale used: lower than asked when the image would exceed what a browser canvas holds. */
  scale: number;
}

/** The browser's image exporters, handed to the export dialog by the shell. */
export interface ImageExporters {
  png(design: Design, options: PngOptions): Promise<PngResult>;
  /** Puts a PNG on the clipboard; takes the promise so the write starts within the user's click. */
  copyPng(png: Promise<Blob>): Promise<void>;
  svg(design: Design, options: ImageOptions): Promise<string>;
}
