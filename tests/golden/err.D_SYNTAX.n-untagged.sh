"$DTRACE" -e -n BEGIN\ \{\ x\ =\ \;\ \}
