import type { CompiledNotice } from './compileSchedule.js';
import { unpackNotice } from './noticeCodec.js';
import { OFFICIAL_TABLE } from './officialNotices.generated.js';

/** The official notices shipped with the library, unpacked from the generated table. */
export const OFFICIAL_NOTICES: readonly CompiledNotice[] = OFFICIAL_TABLE.map(unpackNotice);
