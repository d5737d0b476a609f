# -lv shows a system call's argument types, from its tracefs event format
# (the stat family's events keep their old "new" names); return probes
# have the return value.
"$DTRACE" -lv -n 'syscall::read:entry' -n 'syscall::openat:return' -n 'syscall::stat:entry' | grep -A5 'Argument Types'
