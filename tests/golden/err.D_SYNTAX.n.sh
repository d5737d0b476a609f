"$DTRACE" -e -x errtags -n BEGIN\ \{\ x\ =\ \;\ \}
