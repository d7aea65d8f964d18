/** Day status codes of the calendar index; bit 0 is set exactly on working days. */
export const WEEKEND = 0;
export const WORKDAY = 1;
export const HOLIDAY = 2;
export const MAKEUP_WORKDAY = 3;
