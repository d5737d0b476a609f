# script.specopen.d, a speculative tracing script after the DTrace Guide's
# specopen.d, on cat given an empty file, a missing one, a directory and
# the empty file again.  Only two stories are printed, whole and in
# order: the missing file's (its openat fails with ENOENT) and the
# directory's (openat succeeds, its read fails with EISDIR, then close).
# The empty file's stories and the dynamic loader's opens, which fail
# nowhere, are discarded.  Checks speculation(), speculate() from several
# clauses and probes, commit() and discard() at different probes,
# self-> state across entry and return, copyinstr() at return of the
# pointer saved at entry, errno, and that speculative output stays out
# of the trace until committed.
dir=$(realpath "$TMPDIR")
: > "$dir/empty"
mkdir "$dir/dir"
"$DTRACE" -s script.specopen.d \
    -c "cat $dir/empty $dir/missing $dir/dir $dir/empty" \
    > "$TMPDIR/trace" 2> "$TMPDIR/err"
echo "status $?"
sed "s|$dir|TMP|" "$TMPDIR/trace"
echo "stderr (cat's):"
sed "s|$dir|TMP|" "$TMPDIR/err"
