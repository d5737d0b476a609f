#!/usr/bin/env bash
# selftest: a test of the harness itself (needs no build/dtrace): the harness
# runs .sh tests from tests/golden with DTRACE, TOP, BUILD and TESTS set.
[ "$PWD" = "$TESTS/golden" ] || echo "wrong directory: $PWD" >&2
[ -n "$DTRACE" ] && [ -n "$TOP" ] && [ -n "$BUILD" ] || echo "environment not set" >&2
echo "hello from the test harness"
