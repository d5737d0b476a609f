# -x errtags puts the error tag first in compiler messages.
"$DTRACE" -x errtags -n 'BEGIN { x = ; }'
