BEGIN { printf("%d\n"); }
