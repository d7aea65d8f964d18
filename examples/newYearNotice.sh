#!/usr/bin/env bash
# The day a State Council holiday notice is out: read its text into a schedule year with the yingshang CLI.
# Run after `npm run build`; in a project that depends on yingshang, call `npx yingshang` instead.
# The 2026 notice stands in for the next one: its text is in seeds/calendar/notices/2026.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
yingshang() { node "$root/dist/cli.js" "$@"; }
cd "$root/seeds/calendar/notices"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# #region parse
# 1. Paste the notice's text into notice.txt, then read it: the year's days, and where the projection differed.
cp 2026.txt "$out/notice.txt"
url=https://www.gov.cn/zhengce/content/202511/content_7047090.htm
yingshang notice parse "$out/notice.txt" --url "$url"
# 2. Write the schedule year in the seed shape, for --schedules, createCalendar({ schedules }) or a seed.
yingshang notice parse "$out/notice.txt" --url "$url" --json > "$out/2026.json"
# #endregion parse

echo "holidays in 2026.json: $(grep -c '"key"' "$out/2026.json")"
# #region refuse
# A text it cannot read is refused with exit code 2, naming the sentence; nothing is written.
if ! printf '一、元旦：1月1日至3日放假，共3天。1月5日上班。\n' |
  yingshang notice parse - --year 2027 --title 国务院办公厅关于2027年部分节假日安排的通知 --doc-no X --published-on 2026-11-20 --url "$url" 2> "$out/error.txt"; then
  cat "$out/error.txt"
fi
# #endregion refuse
