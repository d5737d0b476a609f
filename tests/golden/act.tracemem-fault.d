/* tracemem() of a bad address is DTrace's "invalid address" fault: the
 * clause's record is dropped (what it printed before too), the next
 * clause runs */
#pragma D option quiet
BEGIN { printf("dropped\n"); tracemem(16, 8); printf("not reached\n"); }
BEGIN { printf("dropped\n"); tracemem((char *)32, 8, 4); }
BEGIN { printf("next clause\n"); exit(0); }
