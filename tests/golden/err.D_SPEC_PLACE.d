BEGIN { for (i = 0; i < 2; i++) speculate(1); }
