# A macro argument that is not a number is an identifier: here it names a
# variable declared by the program.
"$DTRACE" -q -n 'int abc; BEGIN { abc = 9; printf("%d %s\n", $1, $$1); exit(0); }' abc
