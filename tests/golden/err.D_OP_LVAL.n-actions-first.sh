"$DTRACE" -e -x errtags -n BEGIN\ /nosuch\ ==\ 1/\ \{\ 1\ =\ 2\;\ \}
