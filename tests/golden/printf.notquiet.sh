# printf() in non-quiet mode: the record prefix, the text, then the newline
# that ends every record (printf("hello") still ends its line).
taskset -c 0 "$DTRACE" -n 'BEGIN { printf("hello"); exit(0); }'
