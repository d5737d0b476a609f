# -x zdefs is the same as -Z.
"$DTRACE" -q -x zdefs -n 'nosuch:::probe { printf("never\n"); }' -n 'BEGIN { printf("ok\n"); exit(0); }'
