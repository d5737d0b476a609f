# A probe description names its fields from the right: NAME, FUNC:NAME,
# MOD:FUNC:NAME, PROV:MOD:FUNC:NAME; empty fields and globs match anything.
"$DTRACE" -q -n 'BEGIN { printf("1 "); }' -n ':BEGIN { printf("2 "); }' \
    -n '::BEGIN { printf("3 "); }' -n 'dtrace:::BEGIN { printf("4 "); }' \
    -n 'dtrace:::BEG* { printf("5 "); }' -n '*:::BEGI? { printf("6 "); }' \
    -n 'd*e::: /probename == "BEGIN"/ { printf("7 "); }' \
    -n ':::BEG[A-Z]N { printf("8\n"); exit(0); }'
