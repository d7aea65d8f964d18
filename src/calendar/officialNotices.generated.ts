// GENERATED from seeds/calendar/cn/*.json by scripts/generate/generateCalendarTable.ts. Do not edit: change the seeds and run `npm run data:generate`.
import type { PackedNotice } from './noticeCodec.js';

/** The official notices 2004–2026, packed (see noticeCodec.ts). */
export const OFFICIAL_TABLE: readonly PackedNotice[] = [
  [2004,"s","","","53","h","","0:v-v:;1:1g-1m:1b,1c;3:48-4e:4f,4g;6:8h-8n:8p,8q"],
  [2005,"s","","","52","g","","0:v-x:;1:1y-24:1u,1v;3:47-4d:46,4e;6:8g-8m:8n,8o"],
  [2006,"s","","","35","f","http://www.gov.cn/jrzg/2005-12/22/content_133837.htm","0:v-x:u;1:1n-1t:1m,1u;3:47-4d:45,46;6:8g-8m:8f,8n"],
  [2007,"s","","","49","h","http://www.gov.cn/zhengce/content/2008-03/28/content_1761.htm","0:v-x:t,u;1:27-2d:26,2e;3:47-4d:44,45;6:8g-8m:8e,8f"],
  [2008,"s","","","52","h","http://www.gov.cn/zhengce/content/2008-03/28/content_1645.htm","0:t-v:s;1:1v-21:1r,1s;2:3h-3j:;3:48-4a:4b;4:59-5b:;5:7z-81:;6:8f-8l:8d,8e"],
  [2009,"s","","","42","9","http://www.gov.cn/zhengce/content/2008-12/10/content_1572.htm","0:v-x:y;1:1j-1p:1i,1q;2:3g-3i:;3:47-49:;4:4y-50:51;65:8g-8n:8c,8p"],
  [2010,"s","","","27","7","http://www.gov.cn/zhengce/content/2009-12/08/content_1476.htm","0:v-x:;1:22-28:29,2a;2:3f-3h:;3:47-49:;4:5f-5h:5d,5e;5:87-89:84,8a;6:8g-8m:8b,8o"],
  [2011,"s","","","40","9","http://www.gov.cn/zhengce/content/2010-12/10/content_1423.htm","0:v-x:;1:1r-1x:1o,21;2:3f-3h:3e;3:46-48:;4:55-57:;5:7v-7x:;6:8g-8m:8n,8o"],
  [2012,"s","","","45","5","http://www.gov.cn/zhengce/content/2011-12/06/content_1411.htm","0:v-x:u;1:1g-1m:1f,1n;2:3f-3h:3d,3e;3:46-48:45;4:5o-5q:;56:8g-8n:8f"],
  [2013,"s","","","33","9","http://www.gov.cn/zhengce/content/2012-12/10/content_1353.htm","0:v-x:z,10;1:1y-24:25,26;2:3g-3i:3j;3:45-47:43,44;4:5b-5d:59,5a;5:84-86:87;6:8g-8m:8e,8r"],
  [2014,"s","","","28","a","http://www.gov.cn/zhengce/content/2014-01/02/content_1194.htm","0:v-v:;1:1p-1v:1k,1x;2:3h-3h,3j-3j::w;3:47-49:4a;4:53-53::w;5:7t-7t::w;6:8g-8m:8d,8q"],
  [2015,"s","","","28","f","http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm","0:v-x:y;1:27-2d:24,2h;2:3h-3h,3i-3i::w;3:47-47::w;4:5l-5l,5n-5n::w;5:8c-8c:;6:8g-8m:8p"],
  [2015,"a","国务院","国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知","国发明电〔2015〕1号","4j","http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm","7:7o-7q:7r"],
  [2016,"s","","","18","9","http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm","0:v-v::w;1:1w-22:1v,23;2:3h-3h::w;3:48-48,49-49::w;4:5b-5d:5e;5:81-83:84;6:8h-8n:8o,8p"],
  [2017,"s","","","17","0","http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm","0:v-v,w-w::w;1:1l-1r:1g,1t;2:3e-3g:3d;3:47-47::w;4:4y-50:4x;56:8g-8n:8f"],
  [2018,"s","","","12","-1","http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm","0:v-v::w;1:24-2a:20,2d;2:3h-3j:3k;3:45-47:44;4:5j-5j::w;5:89-89::w;6:8g-8m:8e,8f"],
  [2019,"s","","","15","5","http://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm","0:t-v:s;1:1t-1z:1r,1s;2:3h-3h::w;3:47-47:;4:58-58::w;5:7y-7y::w;6:8g-8m:8e,8r"],
  [2019,"a","","国务院办公厅关于调整2019年劳动节假期安排的通知","3","33","http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm","3:47-4a:44,4b"],
  [2020,"s","","","16","-a","http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm","0:v-v:;1:1i-1o:1d,1q;2:3h-3j:;3:48-4c:43,4g;4:5r-5t:5u;65:8h-8o:8d,8q"],
  [2020,"a","","国务院办公厅关于延长2020年春节假期的通知","1","1l","http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm","1:1i-1r:1d"],
  [2021,"s","","","27","-6","http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm","0:v-x:;1:20-26:1w,29;2:3f-3h:;3:47-4b:41,4e;4:5d-5f:;5:84-86:83;6:8g-8m:8b,8o"],
  [2022,"s","","","11","-11","http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm","0:v-x:;1:1p-1v:1n,1o;2:3f-3h:3e;3:46-4a:40,4d;4:54-56:;5:7v-7x:;6:8g-8m:8n,8o"],
  [2023,"s","","","16","7","http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm","0:u-w:;1:1f-1l:1m,1n;2:3h-3h:;3:45-49:3z,4c;4:5n-5p:5q;56:8e-8l:8m,8n"],
  [2024,"s","","","7","-11","https://www.gov.cn/zhengce/content/202310/content_6911527.htm","0:v-v::w;1:1z-26:1t,27;2:3h-3j:3k;3:48-4c:45,4i;4:5c-5c::w;5:81-83:80;6:8h-8n:8f,8s"],
  [2025,"s","","","12","-j","https://www.gov.cn/zhengce/content/202411/content_6986382.htm","0:v-v:;1:1m-1t:1k,1x;2:3g-3i:;3:47-4b:43;4:51-53:;65:8g-8n:8d,8q"],
  [2026,"s","","","7","-r","https://www.gov.cn/zhengce/content/202511/content_7047090.htm","0:v-x:y;1:24-2c:23,2h;2:3g-3i:;3:47-4b:4f;4:5k-5m:;5:8a-8c:;6:8g-8m:85,8p"],
];
