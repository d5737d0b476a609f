BEGIN { @q = quantize(1, "a"); }
