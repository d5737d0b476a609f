BEGIN { x = "ls"; system(x); }
