"$DTRACE" -e -x errtags -n BEGIN\ \{\ nosuch\(\)\;\ \}
