"$DTRACE" -e -n BEGIN\ \{\ trace\(nosuch\)\;\ \}
