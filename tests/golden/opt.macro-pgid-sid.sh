# $pgid and $sid are dtrace's process group and session IDs (inherited from
# this shell).
read -r pgid sid < <(sed 's/.*) //' /proc/$$/stat | awk '{ print $3, $4 }')
"$DTRACE" -q -n "BEGIN { printf(\"%d %d\\n\", \$pgid == $pgid, \$sid == $sid); exit(0); }"
