# An argument that the program never references is an error
# (D_MACRO_UNUSED): here $1 is given but not used.
"$DTRACE" -q -x errtags -n 'BEGIN { exit(0); }' foo
