# #pragma D option: the same parser as -x, errors name the file and line
# and quote the value as DTrace's do: failed to set option 'x' to 'v'.
cd "$TMPDIR"
for o in bufsize=4x strsize=0 strsize=5000 switchrate=10xz quiet=maybe \
    nspec=-1 bufpolicy=Fill errtags=1 nosuch nosuch=1 quiet=yes nspec=2 \
    cleanrate=50hz; do
	printf '/* %s */\n#pragma D option %s\nBEGIN { exit(0); }\n' "$o" "$o" \
	    >p.d
	"$DTRACE" -e -s p.d 2>&1
	echo "$o: $?"
done
