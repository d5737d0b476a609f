BEGIN { x = 1; @a = llquantize(1, 10, 0, x, 10); }
