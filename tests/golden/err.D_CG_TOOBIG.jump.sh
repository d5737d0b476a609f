# A clause so long that a jump over it does not fit BPF's 16-bit offsets
# is refused with D_CG_TOOBIG, not handed to the verifier.
{
	echo 'uint64_t k;'
	echo 'tick-1ms /k < 10/ {'
	for i in $(seq 1000); do echo '	@a[k++] = count();'; done
	echo '}'
} > "$TMPDIR/long.d"
"$DTRACE" -e -x errtags -s "$TMPDIR/long.d" 2>&1 | sed 's|/.*long\.d|long.d|'
