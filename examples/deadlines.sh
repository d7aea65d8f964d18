#!/usr/bin/env bash
# Due dates for a batch of invoices with the yingshang CLI, as a payment clerk's script would compute them.
# Run after `npm run build`; in a project that depends on yingshang, call `npx yingshang` instead.
set -euo pipefail
yingshang() { node "$(dirname "$0")/../dist/cli.js" "$@"; }
report=$(mktemp)
trap 'rm -f "$report"' EXIT

echo "Invoices received before the 2021 National Day holiday: pay within 5 working days (measure 15)"
# #region workdays
for received in 2021-09-27 2021-09-29 2021-09-30; do
  due=$(yingshang workdays add "$received" 5)
  echo "  invoice received $received → pay by $due"
done
# #endregion workdays

echo
echo "Was the invoice of 2021-09-29, paid on 2021-10-13, paid in time?"
# #region deadline
if yingshang deadline m15-payment --start 2021-09-29 --end 2021-10-13 --lang en > "$report"; then
  echo "  yes"
else
  status=$?
  [ "$status" -eq 1 ] || exit "$status"   # 2 is a usage error: stop the script
  echo "  no (exit code 1):"
  sed 's/^/    /' "$report"
fi
# #endregion deadline

echo
echo "A whole batch from stdin, one JSON line per invoice:"
# #region check
printf '%s\n' \
  '{"start":"2021-09-29","end":"2021-10-12"}' \
  '{"start":"2021-09-30","end":"2021-10-15"}' \
  '{"start":"2021-12-27","asOf":"2021-12-30"}' |
  yingshang check m15-payment --input - --format csv || [ $? -eq 1 ]
# #endregion check
