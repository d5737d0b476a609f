# d_path(): the working directory and the root of the process that runs
# dtrace, checked against pwd -P (with a space in a name); a path longer
# than strsize is cut as any string is; a NULL path faults the clause.
mkdir -p "$TMPDIR/d p/sub"
cd "$TMPDIR/d p/sub" || exit 1
"$DTRACE" -qn 'BEGIN { printf("%s\n%s\n", d_path(&curthread->fs->pwd),
    d_path(&curthread->fs->root)); exit(0); }' | sed "s|^$(pwd -P)\$|PWD|"
long=$TMPDIR
for i in 1 2 3 4 5 6; do long=$long/$(printf 'd%.0s' {1..60})$i; done
mkdir -p "$long" && cd "$long" || exit 1
real=$(pwd -P)
"$DTRACE" -x strsize=100 -qn 'BEGIN { printf("%s\n", d_path(&curthread->fs->pwd)); exit(0); }' |
    sed "s|^${real:0:100}\$|CUT AT 100|"
"$DTRACE" -qn 'BEGIN { trace(d_path((struct path *)0)); } BEGIN { exit(0); }' 2>&1
