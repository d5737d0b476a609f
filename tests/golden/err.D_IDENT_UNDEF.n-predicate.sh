"$DTRACE" -e -x errtags -n BEGIN\ /nosuch\ ==\ 1/\ \{\ exit\(0\)\;\ \}
