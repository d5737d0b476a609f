# -l alone lists every probe: the dtrace provider's three, then the
# profile provider's predefined profile-N and tick-N probes.  Probe IDs
# after 3 are not fixed, so only PROVIDER and NAME are compared.
"$DTRACE" -l | awk '{ print $2, $NF }'
