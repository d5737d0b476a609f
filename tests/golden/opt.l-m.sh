# -l -m [provider:]module: the dtrace provider's probes have an empty
# module, so "dtrace:" lists all three.
"$DTRACE" -l -m dtrace:
