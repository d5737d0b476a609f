# -V and -l are different modes; giving both is a usage error (exit 2).
"$DTRACE" -V -l
