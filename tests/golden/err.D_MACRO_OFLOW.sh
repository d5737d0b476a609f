"$DTRACE" -e -x errtags -n BEGIN\ \{\ trace\(\$1\)\;\ \} 99999999999999999999
