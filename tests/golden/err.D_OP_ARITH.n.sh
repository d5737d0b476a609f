"$DTRACE" -e -x errtags -n BEGIN\ \{\ x\ =\ \"a\"\ \*\ 2\;\ \}
