# fbt probes and their argument types come from the kernel's BTF: -lv shows
# vfs_read's parameters at entry and its return type at return (args[1]).
# -x fbtmode=kprobe lists them whatever the kernel can attach: listing
# needs only BTF.
"$DTRACE" -x fbtmode=kprobe -lv -n 'fbt::vfs_read:' 2>&1 |
	grep -v '^$' | grep -v 'Identifier\|Semantics\|Dependency\|Attributes'
echo "status $?"
# functions the BTF cannot describe word by word are not probes: printk is
# variadic
"$DTRACE" -x fbtmode=kprobe -l -n 'fbt::_printk:entry' 2>&1
echo "status $?"
