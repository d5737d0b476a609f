"$DTRACE" -e -x errtags -n BEGIN\ \{\ exit\(0\)\;\ \} foo
