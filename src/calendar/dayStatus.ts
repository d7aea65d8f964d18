// Day status codes of the calendar index; bit 0 is set exactly on working days.
/** A Saturday or Sunday that no notice makes a working day. */
export const WEEKEND = 0;
/** A Monday-to-Friday working day that no notice changes. */
export const WORKDAY = 1;
/** A rest day of a holiday arrangement (法定节假日 or a day moved to join it). */
export const HOLIDAY = 2;
/** A weekend day a notice makes a working day (调休上班). */
export const MAKEUP_WORKDAY = 3;
