BEGIN { trace(ustack(1, 2)); }
