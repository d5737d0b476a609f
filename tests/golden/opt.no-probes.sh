# Options but no program: "no probes specified", exit 1.
"$DTRACE" -q
