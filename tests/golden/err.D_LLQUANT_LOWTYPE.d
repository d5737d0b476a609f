BEGIN { x = 1; @a = llquantize(1, 10, x, 2, 10); }
