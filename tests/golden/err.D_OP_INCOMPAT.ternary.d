BEGIN { y = 1; x = y ? 1 : "a"; }
