import type { CompiledArrangement, CompiledNotice } from './compileSchedule.js';

/** A holiday block in force after every amendment of its year. */
export interface ResolvedBlock extends CompiledArrangement {
  readonly year: number;
  /** The notice whose arrangement is in force. */
  readonly notice: CompiledNotice;
  /** Every notice of the year that set or changed this holiday, oldest first. */
  readonly history: readonly CompiledNotice[];
  /** The rest ranges as the notice in force lists them; `rest` becomes the whole break when the index is built. */
  readonly announced: readonly (readonly [number, number])[];
}

/**
 * Applies each year's notices in publication order: an amendment's arrangement replaces the block that
 * shares one of its holiday keys, or adds a new block. Returns the blocks ordered by their first rest day.
 */
export function resolveHolidayBlocks(notices: readonly CompiledNotice[]): ResolvedBlock[] {
  const ordered = [...notices].sort((a, b) => a.year - b.year || (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : 0));
  const blocks: ResolvedBlock[] = [];
  /** Position in `blocks` of the block in force for each `year:key`. */
  const positionOf = new Map<string, number>();
  for (const notice of ordered) {
    for (const arrangement of notice.holidays) {
      const ids = arrangement.keys.map((k) => `${notice.year}:${k}`);
      const at = ids.map((id) => positionOf.get(id)).find((p) => p !== undefined);
      const previous = at === undefined ? undefined : blocks[at];
      const block: ResolvedBlock = { ...arrangement, year: notice.year, notice, history: [...(previous?.history ?? []), notice], announced: arrangement.rest };
      const position = at ?? blocks.length;
      blocks[position] = block;
      for (const id of ids) positionOf.set(id, position);
    }
  }
  return blocks.sort((a, b) => (a.rest[0]?.[0] ?? 0) - (b.rest[0]?.[0] ?? 0));
}
