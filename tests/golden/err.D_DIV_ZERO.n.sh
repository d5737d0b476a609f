"$DTRACE" -e -x errtags -n BEGIN\ \{\ x\ =\ 1\ /\ 0\;\ \}
