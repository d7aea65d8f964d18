// A pasted notice in a link: its schedule year as JSON, in UTF-8, in base64url, so that the link reproduces the result.
import type { ScheduleYear } from 'yingshang/calendar';

/**
 * The `notice` parameter of a schedule year.
 *
 * @example
 * decodeSchedule(encodeSchedule(schedule)); // a copy of schedule
 */
export function encodeSchedule(schedule: ScheduleYear): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(schedule))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * What a `notice` parameter holds, unchecked (the calendar checks it: `createCalendar({ schedules })`), or
 * `undefined` when it is not base64url of JSON at all (a link cut short, or edited by hand).
 */
export function decodeSchedule(text: string): unknown {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as unknown;
  } catch {
    return undefined;
  }
}
