# -l -P PROVIDER lists that provider's probes.
"$DTRACE" -l -P dtrace
