"$DTRACE" -e -x errtags -n nosuch
