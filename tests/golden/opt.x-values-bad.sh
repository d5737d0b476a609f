# -x values that DTrace's dtrace_setopt() refuses: the message names the
# option (dtrace cuts the argument at '='); exit 1.  Unknown names too.
for x in bufsize=abc bufsize=4x bufsize=-1 bufsize=4mb \
    bufsize=99999999999t strsize=0 strsize=1 strsize=4097 dynvarsize=1q \
    specsize=x switchrate=10xz switchrate=-5 cleanrate=hz statusrate=1.5s \
    quiet=maybe flowindent=2x rawbytes=-1 nspec=-1 nspec=4k \
    stackframes=ten ustackframes=-3 bufpolicy=Fill bufpolicy errtags=1 \
    defaultargs= zdefs=yes nosuch nspecs=4 quietx; do
	"$DTRACE" -e -x "$x" -n 'BEGIN {}' 2>&1
	echo "$x: $?"
done
