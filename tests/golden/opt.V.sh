# -V prints the D version on stdout and exits 0.
"$DTRACE" -V
