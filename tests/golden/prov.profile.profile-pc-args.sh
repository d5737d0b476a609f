# profile-N: arg0 is the kernel PC (0 when the CPU was in user mode) and
# arg1 the user PC (0 in kernel mode); exactly one is set, and a user-mode
# busy loop is sampled mostly in user mode.
printf '#!/bin/sh\ni=0\nwhile [ $i -lt 200000 ]; do i=$((i+1)); done\n' > "$TMPDIR/busy"
chmod +x "$TMPDIR/busy"
"$DTRACE" -q -c "$TMPDIR/busy" -n 'profile-997
/pid == $target/
{
	n++;
	user += arg0 == 0 && arg1 != 0;
	kern += arg0 != 0 && arg1 == 0;
}
END
{
	printf("samples %d, one PC each %d, mostly user %d\n", n > 20, user + kern == n, user * 10 >= n * 8);
}'
