# proc:::exec in the old image, exec-success in the new one; a missing
# program is an exec-failure with arg0 = ENOENT.
"$DTRACE" -q -c "/bin/sh -c /bin/true;/nonexistent" -n '
proc:::exec /ppid == $target || pid == $target/ { printf("exec from %s\n", execname); }
proc:::exec-success /ppid == $target || pid == $target/ { printf("exec-success %s\n", execname); }
proc:::exec-failure /ppid == $target || pid == $target/ { printf("exec-failure %s errno %d\n", execname, arg0); }' 2>/dev/null | sort
