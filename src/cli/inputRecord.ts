/** One record read from a batch input: its facts, or why it could not be read. */
export type InputRecord =
  | { readonly line: number; readonly facts: unknown }
  | { readonly line: number; readonly error: string };
