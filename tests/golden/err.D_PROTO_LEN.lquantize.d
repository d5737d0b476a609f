BEGIN { @q = lquantize(1); }
