# A -s script that cannot be opened is fatal (exit 1), with strerror text.
"$DTRACE" -q -s nosuch.d
