BEGIN { trace(trace); }
