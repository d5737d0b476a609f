BEGIN { x = 1++; }
