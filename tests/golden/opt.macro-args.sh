# Arguments after the options are the macro arguments: $1.. as integers
# (decimal or hex), $$1.. as strings.
"$DTRACE" -q -s opt.macro-args.d 42 hello 0x10
