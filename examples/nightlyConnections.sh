#!/usr/bin/env bash
# A utility's nightly job with the yingshang CLI: check last month's connection applications (measure 6), act on the
# exit code, and list the late ones by their application number. Run after `npm run build`; in a project that
# depends on yingshang, call `npx yingshang` instead.
set -uo pipefail
yingshang() { node "$(dirname "$0")/../dist/cli.js" "$@"; }
data="$(dirname "$0")/data"
report=$(mktemp)
summary=$(mktemp)
trap 'rm -f "$report" "$summary"' EXIT

echo "Connection applications of October 2021, judged on 2021-10-31:"
# #region connections
status=0
# The report is read back by grep and cut, a machine: no BOM, no apostrophe before formula-like cells.
yingshang connections --input "$data/connections-2021-10.csv" --id id --as-of 2021-10-31 \
  --format csv --csv-for machines > "$report" 2> "$summary" || status=$?
case $status in
  0) echo "  every application in time" ;;
  1) echo "  late or overdue (exit code 1), first five by application number:"
     grep -E '^[0-9]+,[^,]*,[^,]*,(missed|overdue),' "$report" | cut -d, -f2-4 | head -5 | sed 's/^/    /' ;;
  3) echo "  some rows could not be checked (exit code 3):"
     grep ',error,' "$report" | sed 's/^/    /' ;;
  *) cat "$summary" >&2; exit "$status" ;;   # 2: the command line is wrong; stop the job
esac
head -1 "$summary" | sed 's/^/  /'
# #endregion connections

echo
echo "Deadlines running into a year whose notice is not in the built-in data yet:"
# #region schedules
due=$(yingshang workdays add 2026-12-28 5 2> /dev/null) || echo "  built-in data: exit code $? (2027 is not covered)"
# The year's notice, as a schedule file (here a HYPOTHETICAL 2027, not an official notice):
due=$(yingshang workdays add 2026-12-28 5 --schedules "$data/hypothetical-2027-schedule.json")
echo "  with --schedules: invoice received 2026-12-28 → pay by $due"
# #endregion schedules
