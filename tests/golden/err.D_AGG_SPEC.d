BEGIN { speculate(1); @a[1] = sum(2); }
