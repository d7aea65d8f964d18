// Typechecked against the packed tarball's .d.ts under moduleResolution node16 and bundler.
import { createCalendar, type DayInfo } from 'yingshang/calendar';
import { measures, type Measure } from 'yingshang/measures';
import { evaluate } from 'yingshang/rules';
import { isYingshangError } from 'yingshang';

const info: DayInfo = createCalendar().getDayInfo('2021-10-09');
const first: Measure | undefined = measures[0];
const result = evaluate('m15-payment', { start: '2021-09-29', end: '2021-10-12' });
const status: string = result.status;
export const checks = [info.kind, first?.id, status, isYingshangError(null)];
