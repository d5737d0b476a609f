# The io provider's probes, and DTrace's argument types in -lv: bufinfo_t,
# devinfo_t and fileinfo_t pointers for start and done, none for the waits;
# proc and sched list the translated types of their args[] too.
"$DTRACE" -l -P io | sed 's/^ *[0-9][0-9]* /ID /'
"$DTRACE" -lv -n io:::start -n io:::wait-done | grep -E 'args|None|^ *[0-9]' | sed 's/^ *[0-9][0-9]* /ID /'
"$DTRACE" -lv -n proc:::create -n proc:::signal-send -n sched:::off-cpu | grep -E 'args|^ *[0-9]' | sed 's/^ *[0-9][0-9]* /ID /'
