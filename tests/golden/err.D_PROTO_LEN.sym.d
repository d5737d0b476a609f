BEGIN { trace(sym()); }
