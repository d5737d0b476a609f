BEGIN { x = 1; @a = lquantize(1, 0, x); }
