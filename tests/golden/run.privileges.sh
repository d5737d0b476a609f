# Without privileges (user nobody, no capabilities) dtrace fails with one
# line that names the capabilities it needs, and exit status 1.
command -v setpriv >/dev/null || { echo "needs setpriv"; exit 77; }
[ "$(id -u)" = 0 ] || { echo "needs root (to drop privileges)"; exit 77; }
group=$(id -gn nobody 2>/dev/null) || { echo "needs user nobody"; exit 77; }
setpriv --reuid=nobody --regid="$group" --clear-groups --inh-caps=-all \
    "$DTRACE" -n 'BEGIN { exit(0); }'
