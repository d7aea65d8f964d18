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
  /**
   * The days an earlier notice of `history` set and the notice in force left as they were, each with that earlier
   * notice (2020 春节: 01-24…01-30 and the make-up day 01-19 → the 2020 notice of 2019, though the extension
   * 国办发明电〔2020〕1号 is in force). Every other day of the block was set by `notice`.
   */
  readonly setBy: ReadonlyMap<number, CompiledNotice>;
}

/** Whether `day` is a rest day of the arrangement's ranges. */
function rests(ranges: readonly (readonly [number, number])[], day: number): boolean {
  return ranges.some(([from, to]) => from <= day && day <= to);
}

/**
 * Which earlier notice set each day of an amendment's arrangement: a day the block it replaces gave the same status
 * (rest, or make-up working day) keeps that block's notice for it; a day whose status the amendment changed or added
 * is the amendment's (2020-02-01, a make-up day the extension made a rest day).
 */
function setByOf(arrangement: CompiledArrangement, previous: ResolvedBlock | undefined): ReadonlyMap<number, CompiledNotice> {
  const setBy = new Map<number, CompiledNotice>();
  if (previous === undefined) return setBy;
  const earlier = (day: number): CompiledNotice => previous.setBy.get(day) ?? previous.notice;
  for (const [from, to] of arrangement.rest) for (let d = from; d <= to; d++) if (rests(previous.announced, d)) setBy.set(d, earlier(d));
  for (const d of arrangement.makeup) if (previous.makeup.includes(d)) setBy.set(d, earlier(d));
  return setBy;
}

/**
 * Applies each year's notices in publication order: an amendment's arrangement replaces the block that
 * shares one of its holiday keys, or adds a new block; each day keeps the notice that set its status (`setBy`).
 * Returns the blocks ordered by their first rest day.
 *
 * @internal
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
      const block: ResolvedBlock = {
        ...arrangement,
        year: notice.year,
        notice,
        history: [...(previous?.history ?? []), notice],
        announced: arrangement.rest,
        setBy: setByOf(arrangement, previous),
      };
      const position = at ?? blocks.length;
      blocks[position] = block;
      for (const id of ids) positionOf.set(id, position);
    }
  }
  return blocks.sort((a, b) => (a.rest[0]?.[0] ?? 0) - (b.rest[0]?.[0] ?? 0));
}
