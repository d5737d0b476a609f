# -C runs the C preprocessor: -I adds an include directory, -D NAME=VAL
# defines a macro, and #include works.
command -v cpp >/dev/null || { echo "needs cpp"; exit 77; }
cd "$TMPDIR" || exit 1
mkdir inc
echo '#define VAL 42' > inc/val.h
cat > prog.d <<'EOD'
#include "val.h"

BEGIN
{
	printf("%d %d\n", VAL, X + 1);
	exit(0);
}
EOD
"$DTRACE" -q -C -I inc -D X=6 -s prog.d
