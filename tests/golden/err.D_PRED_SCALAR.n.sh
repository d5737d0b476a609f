"$DTRACE" -e -x errtags -n BEGIN\ /\"a\"/\ \{\ exit\(0\)\;\ \}
