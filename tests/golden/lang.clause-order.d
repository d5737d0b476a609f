/* the clauses of one probe run in program order, each with its own
   predicate, and the -n, -s order sets the program order */
#pragma D option quiet

BEGIN { printf("1\n"); n = 1; }
END { printf("end 1\n"); }
BEGIN /n == 1/ { printf("2\n"); n = 2; }
BEGIN /n == 1/ { printf("not run\n"); }
END { printf("end 2\n"); }
BEGIN /n == 2/ { printf("3\n"); exit(0); }
