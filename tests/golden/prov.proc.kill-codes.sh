# proc:::exit's arg0 says how a process ended: 1 exited, 2 killed.
printf '#!/bin/sh\nsleep 5 &\nkill -9 $!\nwait\nexit 3\n' > "$TMPDIR/k"
chmod +x "$TMPDIR/k"
"$DTRACE" -q -c "$TMPDIR/k" -n 'proc:::exit /ppid == $target || pid == $target/ { @[pid == $target ? "script" : "child", arg0] = count(); }'
