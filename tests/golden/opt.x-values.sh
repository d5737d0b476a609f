# -x values as DTrace's dtrace_setopt() parses them: sizes take k/m/g/t
# and base 0 (0x...), times take units or hz (a bare number is ns),
# run-time switches take nothing, a number or yes/no words, compile-time
# switches take nothing at all.  -e: the options are all that is checked.
# (opt.x-values-bad: what is refused.)
for x in bufsize=4m bufsize=4M bufsize=0x1000 bufsize=1k dynvarsize=2g \
    specsize=32k aggsize=1t strsize=2 strsize=4096 bufsize switchrate=50 \
    switchrate=10hz switchrate=10HZ switchrate=20ms cleanrate=1sec \
    statusrate=2s aggrate=100us cleanrate=0 quiet quiet=yes quiet=On \
    quiet=no quiet= quiet=1 quiet=0 flowindent=true rawbytes \
    destructive=off nspec=4 nspec=0x10 nspec stackframes=10 ustackframes=5 \
    bufpolicy=fill bufpolicy=switch bufpolicy=ring errtags defaultargs; do
	"$DTRACE" -e -x "$x" -n 'BEGIN {}' 2>&1
	echo "$x: $?"
done
