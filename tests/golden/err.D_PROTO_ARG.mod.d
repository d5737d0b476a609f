BEGIN { trace(mod("x")); }
