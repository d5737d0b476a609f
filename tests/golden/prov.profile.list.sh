# -l -P profile lists the profile provider's predefined probes (their IDs
# are not fixed and are cut).
"$DTRACE" -l -P profile | awk '{ print $2, $NF }'
