/** What a command may touch of the outside world; `main` passes Node's, tests may pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  exists(path: string): boolean;
  /** Colour text output (a terminal that has not asked for NO_COLOR). */
  color: boolean;
}

/** Exit codes as DOMAIN.md section F defines them. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
