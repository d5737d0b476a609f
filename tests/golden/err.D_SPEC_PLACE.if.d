BEGIN { x = 1; if (x) { speculate(1); } }
