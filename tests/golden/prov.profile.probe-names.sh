# The profile provider's probes (profile-N and tick-N) have an empty module
# and function; probename is the name as written.
printf '#!/bin/sh\ni=0\nwhile [ $i -lt 100000 ]; do i=$((i+1)); done\n' > "$TMPDIR/busy"
chmod +x "$TMPDIR/busy"
"$DTRACE" -q -c "$TMPDIR/busy" -n '
profile-997
/pid == $target/
{
	pprov = probeprov; pmod = probemod; pfunc = probefunc; pname = probename;
}

tick-10ms
{
	tprov = probeprov; tmod = probemod; tfunc = probefunc; tname = probename;
}

END
{
	printf("[%s] [%s] [%s] [%s]\n", pprov, pmod, pfunc, pname);
	printf("[%s] [%s] [%s] [%s]\n", tprov, tmod, tfunc, tname);
}'
