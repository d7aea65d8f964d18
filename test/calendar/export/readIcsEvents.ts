import ICAL from 'ical.js';

/** One VEVENT as ical.js reads it, with dates as `'YYYY-MM-DD'`. */
export interface ParsedEvent {
  readonly uid: string;
  readonly start: string;
  /** Exclusive (DTEND). */
  readonly end: string;
  readonly startIsDate: boolean;
  readonly endIsDate: boolean;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
  readonly dtstamp: string;
  readonly sequence: number;
  readonly status: string;
}

/** The calendar's own properties and its events, parsed by ical.js (a maintained RFC 5545 parser). */
export interface ParsedCalendar {
  readonly properties: Readonly<Record<string, string>>;
  readonly events: readonly ParsedEvent[];
}

/** Parses an iCalendar text with ical.js; throws when ical.js rejects it. */
export function readIcsEvents(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const properties = Object.fromEntries(calendar.getAllProperties().map((p) => [p.name, String(p.getFirstValue())]));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const dtstamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      startIsDate: event.startDate.isDate,
      endIsDate: event.endDate.isDate,
      summary: event.summary,
      description: event.description,
      url: String(vevent.getFirstPropertyValue('url')),
      dtstamp: `${dtstamp.toString()}|${dtstamp.zone.tzid}`,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue('status')),
    };
  });
  return { properties, events };
}
