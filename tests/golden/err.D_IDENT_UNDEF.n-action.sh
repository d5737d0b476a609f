"$DTRACE" -e -x errtags -n BEGIN\ \{\ trace\(nosuch\)\;\ \}
